/** Results kept in this process, the least recently used dropped first once `limit` are kept. */
export class Kept<T> {
	readonly #entries = new Map<string, T>();

	constructor(readonly limit: number) {}

	get(key: string): T | undefined {
		const value = this.#entries.get(key);
		if (value === undefined) return undefined;
		this.#entries.delete(key);
		this.#entries.set(key, value);
		return value;
	}

	set(key: string, value: T): void {
		this.#entries.delete(key);
		if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value!);
		this.#entries.set(key, value);
	}

	clear(): void {
		this.#entries.clear();
	}
}
