// subset-font ships no types; this is the one call the font script makes.
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: {
			targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
			variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
			keepFeatures?: string[];
		}
	): Promise<Uint8Array>;
}
