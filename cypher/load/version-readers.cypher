// How many running transactions read a version: the API passes the version it reads as a query
// parameter ($graph), so a transaction with a parameter equal to it is a reader. The loader waits
// for none before deleting a replaced version. This query's own $version is not a reader.
// Parameters: $version. Returns: readers (int).
SHOW TRANSACTIONS YIELD transactionId, currentQuery, parameters
WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
  AND any(k IN keys(parameters) WHERE parameters[k] = $version)
RETURN count(transactionId) AS readers
