export type BenchOptions = { rounds: number; seconds: number; connections: number; sqlSamples: number; only: string[]; stressSeconds: number; stressConnections: number; signIns: number };

const DEFAULTS: BenchOptions = { rounds: 3, seconds: 10, connections: 8, sqlSamples: 20, only: [], stressSeconds: 60, stressConnections: 200, signIns: 20 };

/** `--rounds 3 --seconds 10 --connections 8 --sql-samples 20 --only services,invoices --stress-seconds 60 --stress-connections 200 --sign-ins 20` (each optional). */
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
      // 0 skips the part: the saturation run, or the sign-ins beside the overview.
      case "--stress-seconds":
      case "--stress-connections":
      case "--sign-ins": {
        if (!Number.isInteger(number) || number < 0) throw new Error(`${flag} needs a whole number (got ${value}).`);
        options[flag === "--sign-ins" ? "signIns" : flag === "--stress-seconds" ? "stressSeconds" : "stressConnections"] = number;
        break;
      }
      case "--only":
        options.only = (value ?? "").split(",").filter(Boolean);
        break;
      default:
        throw new Error(`Unknown option ${flag}. Options: --rounds N, --seconds N, --connections N, --sql-samples N, --only name,name, --stress-seconds N, --stress-connections N, --sign-ins N`);
    }
  }
  return options;
}
