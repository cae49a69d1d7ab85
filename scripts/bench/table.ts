/** A plain-text table for the terminal: columns padded to their widest cell, numbers on the right. */
export function formatTable(
	headers: readonly string[],
	rows: readonly (readonly string[])[]
): string {
	const widths = headers.map((header, column) =>
		Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length))
	);
	const line = (cells: readonly string[]) =>
		cells
			.map((cell, column) =>
				/^-?[\d.,]+$/.test(cell) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)
			)
			.join(' | ')
			.trimEnd();
	return [
		line(headers),
		widths.map((width) => '-'.repeat(width)).join('-|-'),
		...rows.map(line)
	].join('\n');
}

/** Milliseconds with one decimal, as the tables show them. */
export function ms(value: number): string {
	return value.toFixed(1);
}

/** The median of several timings: one slow run (a collection, another process) does not skew it. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median milliseconds of `runs` calls, after one untimed call to warm the code up. */
export function time(run: () => unknown, runs: number): number {
	run();
	const timings: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		run();
		timings.push(performance.now() - start);
	}
	return median(timings);
}

/**
 * Median CPU milliseconds this process spent on `run`, after one untimed call: on a busy
 * machine, closer than the wall clock to what the same work costs on an idle one.
 */
export function cpuTime(run: () => unknown, runs: number): number {
	run();
	const timings: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = process.cpuUsage();
		run();
		const spent = process.cpuUsage(start);
		timings.push((spent.user + spent.system) / 1000);
	}
	return median(timings);
}
