// The arguments of `npm run plan -- <command>`: add, list, remove, export, import. Pure.
import { InvalidInputError } from '../../core/errors';

export const PLAN_USAGE = [
  'usage: npm run plan -- add FILE --id ID --title TEXT [--title-en TEXT] [--year N] [--issuer NAME]...',
  '       npm run plan -- list',
  '       npm run plan -- remove ID',
  '       npm run plan -- accept NAME --name-en TEXT [--alias TEXT]...',
  '       npm run plan -- export FILE',
  '       npm run plan -- import FILE',
].join('\n');

export interface AddArgs {
  readonly command: 'add';
  readonly file: string;
  readonly id: string;
  readonly title?: string;
  readonly titleEn?: string;
  readonly year?: string;
  readonly issuers: readonly string[];
}

/** `accept`: a discovered term into the user lexicon, so it is curated (English name, aliases). */
export interface AcceptArgs {
  readonly command: 'accept';
  readonly name: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
}

export type PlanArgs =
  | AddArgs
  | AcceptArgs
  | { readonly command: 'list' }
  | { readonly command: 'remove'; readonly id: string }
  | { readonly command: 'export' | 'import'; readonly file: string };

const fail = (message: string): never => {
  throw new InvalidInputError(
    `plan: ${message}; ${PLAN_USAGE.split('\n')[0] ?? ''} (or list, remove ID, accept NAME, export FILE, import FILE)`,
  );
};

const ADD_FLAGS = new Set(['--id', '--title', '--title-en', '--year', '--issuer']);

const parseAdd = (rest: readonly string[]): AddArgs => {
  let file: string | undefined;
  const values: Record<string, string> = {};
  const issuers: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      if (file !== undefined) fail(`add takes one FILE, got ${file} and ${arg}`);
      file = arg;
      continue;
    }
    if (!ADD_FLAGS.has(arg)) fail(`unknown option ${arg} for add`);
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value`);
    i++;
    if (arg === '--issuer') issuers.push(value ?? '');
    else if (values[arg] !== undefined) fail(`${arg} is given twice`);
    else values[arg] = value ?? '';
  }
  if (file === undefined) return fail('add needs the plan FILE');
  const id = values['--id'];
  if (id === undefined) return fail('add needs --id ID (short-name-YYYY, e.g. mi-2024)');
  return {
    command: 'add',
    file,
    id,
    ...(values['--title'] !== undefined ? { title: values['--title'] } : {}),
    ...(values['--title-en'] !== undefined ? { titleEn: values['--title-en'] } : {}),
    ...(values['--year'] !== undefined ? { year: values['--year'] } : {}),
    issuers,
  };
};

const parseAccept = (rest: readonly string[]): AcceptArgs => {
  let name: string | undefined;
  let nameEn: string | undefined;
  const aliases: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      if (name !== undefined) fail(`accept takes one NAME, got ${name} and ${arg}`);
      name = arg;
      continue;
    }
    if (arg !== '--name-en' && arg !== '--alias') fail(`unknown option ${arg} for accept`);
    const value = rest[i + 1];
    if (value === undefined || value.startsWith('--')) return fail(`${arg} needs a value`);
    i++;
    if (arg === '--alias') aliases.push(value);
    else nameEn = value;
  }
  if (name === undefined) return fail('accept needs the NAME of a discovered term');
  if (nameEn === undefined) return fail('accept needs --name-en TEXT (the English name)');
  return { command: 'accept', name, nameEn, aliases };
};

/**
 * @example parsePlanArgs(['remove', 'mi-2024']) // { command: 'remove', id: 'mi-2024' }
 * @throws InvalidInputError with the usage for an unknown command, a missing value or a stray argument
 */
export const parsePlanArgs = (argv: readonly string[]): PlanArgs => {
  const [command, ...rest] = argv;
  const one = (what: string): string => {
    if (rest.length !== 1 || rest[0]?.startsWith('--')) fail(`${command ?? ''} takes one ${what}`);
    return rest[0] ?? '';
  };
  switch (command) {
    case 'add':
      return parseAdd(rest);
    case 'accept':
      return parseAccept(rest);
    case 'list':
      if (rest.length > 0) fail('list takes no arguments');
      return { command };
    case 'remove':
      return { command, id: one('ID') };
    case 'export':
    case 'import':
      return { command, file: one('FILE') };
    default:
      return fail(command === undefined ? 'give a command' : `unknown command ${command}`);
  }
};
