// Small conversions at the driver's edge: Neo4j integers come back as driver Integers.
import neo4j from 'neo4j-driver';

export const toNumber = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value));
