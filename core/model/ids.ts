// Branded identifiers and offsets: a node id, a plan id and a UTF-16 offset cannot be mixed up.

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A stable node slug such as `equipment:ecmo`. */
export type NodeId = Brand<string, 'NodeId'>;
/** A plan id such as `meq-2021` (short name, year). */
export type PlanId = Brand<string, 'PlanId'>;
/** An index into a plan's text as JavaScript reads it (UTF-16 code units), not a byte offset. */
export type Utf16Offset = Brand<number, 'Utf16Offset'>;

export const asNodeId = (s: string): NodeId => s as NodeId;
export const asPlanId = (s: string): PlanId => s as PlanId;
export const asOffset = (n: number): Utf16Offset => n as Utf16Offset;

export const PLAN_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{4}$/;
export const NODE_ID_PATTERN = /^[a-z]+:[a-z0-9][a-z0-9.+-]*$/;
