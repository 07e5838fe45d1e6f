import { describe, expect, it } from 'vitest';
import {
  namespacedCalls,
  procedureName,
  refusedByPlan,
  type PlanNode,
} from '../../../server/api/console/plan-check';

// Plans as Neo4j 5.26 returns them for EXPLAIN (operator names carry the database after `@`).
const op = (operatorType: string, Details = '', children: PlanNode[] = []): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: { Details },
  children,
});
const produce = (...children: PlanNode[]) => op('ProduceResults', 'r', children);

describe('refusedByPlan', () => {
  it('lets an ordinary read through', () => {
    const plan = produce(
      op('Top', '`n.name` ASC LIMIT 5', [
        op('EagerAggregation', 'cache[n.name] AS `n.name`, count(*) AS `count(*)`', [
          op('Filter', 'cache[n.name] CONTAINS $autostring_0', [op('NodeByLabelScan', 'n:Entity')]),
        ]),
      ]),
    );
    expect(refusedByPlan(plan)).toBeNull();
  });

  it('names LoadCSV, however the query text spelled it (LOAD/**/CSV)', () => {
    expect(refusedByPlan(produce(op('LoadCSV', 'r')))).toMatch(/operator LoadCSV/);
  });

  it.each([
    ['TerminateTransactions', 'defaultColumns, transactions(neo4j-transaction-1)'],
    ['ShowTransactions', 'defaultColumns, allTransactions'],
    ['ShowSettings', 'allSettings, defaultColumns'],
    ['AdministrationCommand', ''],
    ['Create', '(n)'],
    ['TransactionForeach', 'IN TRANSACTIONS OF $autoint_0 ROWS ON ERROR FAIL'],
    ['SomeOperatorOfAFutureVersion', ''],
  ])('refuses the operator %s by name', (name, details) => {
    expect(refusedByPlan(produce(op(name, details)))).toMatch(
      new RegExp(`operator ${name.replace(/[()]/g, '\\$&')}`),
    );
  });

  it.each([
    'db.stats.collect($autostring_0) :: (section :: STRING, success :: BOOLEAN, message :: STRING)',
    'db.resampleIndex($autostring_0) :: ()',
    'db.prepareForReplanning() :: ()',
    'dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)',
  ])('refuses procedures that are not on the list: %s', (details) => {
    const plan = produce(op('EmptyResult', '', [op('ProcedureCall', details)]));
    expect(refusedByPlan(plan)).toMatch(
      new RegExp(`procedure ${procedureName(details).replace(/\./g, '\\.')}`),
    );
  });

  it('runs the listed read procedures', () => {
    const plan = produce(
      op('ProcedureCall', 'db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)'),
    );
    expect(refusedByPlan(plan)).toBeNull();
    expect(refusedByPlan(produce(op('ProcedureCall', 'db.labels() :: (label :: STRING)')))).toBeNull();
  });

  it('refuses namespaced functions that are not listed, and allows the listed namespaces', () => {
    expect(refusedByPlan(produce(op('Projection', 'custom.fetch($autostring_0) AS x')))).toMatch(
      /function custom\.fetch/,
    );
    expect(
      refusedByPlan(produce(op('Projection', 'point.distance(a, b) AS d, toUpper(n.name) AS u'))),
    ).toBeNull();
  });

  it('refuses reduce() and range() inside expressions, which Neo4j cannot stop within one row', () => {
    const reduce = produce(
      op(
        'Projection',
        'reduce(s = $autostring_1, x IN range($autoint_2, $autoint_3) | s + $autostring_0) AS r',
      ),
    );
    expect(refusedByPlan(reduce)).toMatch(/reduce\(\)/);
    expect(refusedByPlan(produce(op('Projection', 'range($autoint_0, $autoint_1) AS r')))).toMatch(
      /range\(\)/,
    );
  });

  it('allows UNWIND range(...), whose rows Neo4j can stop', () => {
    expect(refusedByPlan(produce(op('Unwind', 'range($autoint_0, $autoint_1) AS i')))).toBeNull();
  });

  it('refuses a missing plan', () => {
    expect(refusedByPlan(undefined)).not.toBeNull();
  });
});

describe('namespacedCalls', () => {
  it('finds dotted calls but not properties or parameters', () => {
    expect(namespacedCalls('point.distance(a.loc, $p.x) AS d, n.name AS m, $autostring_0')).toEqual([
      'point.distance',
    ]);
  });
});
