import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';

type Db = Kysely<Database> | Transaction<Database>;

const texts = new WeakMap<object, Map<string, string>>();

/**
 * Kysely compiles a query's text anew each time it runs, which costs as much as running it for the few
 * queries every respondent's answer goes through. This keeps the text compiled once per dialect, under a
 * name, and runs it with the call's parameters, which the caller gives in the order the text takes them
 * (tests compare them with a fresh compilation's).
 */
export function reuseCompiled<O>(
	db: Db,
	name: string,
	build: () => { compile(): CompiledQuery<O> },
	parameters: readonly unknown[]
): CompiledQuery<O> {
	const adapter = db.getExecutor().adapter;
	let byName = texts.get(adapter);
	if (!byName) texts.set(adapter, (byName = new Map()));
	let text = byName.get(name);
	if (text === undefined) byName.set(name, (text = build().compile().sql));
	return CompiledQuery.raw(text, [...parameters]) as CompiledQuery<O>;
}
