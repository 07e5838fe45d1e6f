// Benchmark only: the CPU time the Neo4j process has used so far, in nanoseconds (JMX), so that the
// benchmark can report CPU per row, which other processes on the machine do not sway.
// Parameters: none. Returns: cpuNs.
CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes
RETURN attributes.ProcessCpuTime.value AS cpuNs
