export type BenchOptions = { rounds: number; seconds: number; connections: number; sqlSamples: number; only: string[] };

const DEFAULTS: BenchOptions = { rounds: 3, seconds: 10, connections: 8, sqlSamples: 20, only: [] };

/** `--rounds 3 --seconds 10 --connections 8 --sql-samples 20 --only services,invoices` (each optional). */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = inline ?? argv[++i];
    const number = Number(value);
    switch (flag) {
      case "--rounds":
      case "--seconds":
      case "--connections":
      case "--sql-samples": {
        if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} needs a positive whole number (got ${value}).`);
        const key = flag === "--sql-samples" ? "sqlSamples" : (flag.slice(2) as "rounds" | "seconds" | "connections");
        options[key] = number;
        break;
      }
      case "--only":
        options.only = (value ?? "").split(",").filter(Boolean);
        break;
      default:
        throw new Error(`Unknown option ${flag}. Options: --rounds N, --seconds N, --connections N, --sql-samples N, --only name,name`);
    }
  }
  return options;
}
