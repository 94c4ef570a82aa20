import { readdirSync, readFileSync } from "node:fs";

export type TreeMemory = {
  /** Node.js and its wrappers (npm, sh, tsx, the run command, the Next server): resident set, MB. */
  nodeRssMb: number;
  /** PostgreSQL's processes, when the tree started it: resident set (counts shared buffers once per process) and proportional share, MB. */
  postgresRssMb: number;
  postgresPssMb: number;
  processes: { pid: number; name: string; rssMb: number }[];
};

function read(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null; // the process ended meanwhile
  }
}

function kilobytes(text: string | null, field: string): number {
  const match = text && new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text);
  return match ? Number(match[1]) : 0;
}

/** The process `rootPid` and all its descendants, from /proc (Linux). */
function descendants(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const all: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    all.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return all;
}

/** Resident memory of a process tree, summed from /proc/<pid>/status (VmRSS) and smaps_rollup (Pss). */
export function treeMemory(rootPid: number): TreeMemory {
  const processes: TreeMemory["processes"] = [];
  let nodeKb = 0;
  let postgresKb = 0;
  let postgresPssKb = 0;
  for (const pid of descendants(rootPid)) {
    const status = read(`/proc/${pid}/status`);
    if (!status) continue;
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?";
    const rssKb = kilobytes(status, "VmRSS");
    processes.push({ pid, name, rssMb: rssKb / 1024 });
    if (name === "postgres") {
      postgresKb += rssKb;
      postgresPssKb += kilobytes(read(`/proc/${pid}/smaps_rollup`), "Pss");
    } else nodeKb += rssKb;
  }
  return { nodeRssMb: nodeKb / 1024, postgresRssMb: postgresKb / 1024, postgresPssMb: postgresPssKb / 1024, processes };
}

export function describeMemory(label: string, memory: TreeMemory): string {
  const node = memory.processes.filter((p) => p.name !== "postgres").map((p) => `${p.name} ${p.rssMb.toFixed(0)}`).join(", ");
  const postgres = memory.postgresRssMb ? `; PostgreSQL ${memory.postgresRssMb.toFixed(0)} MB RSS (${memory.postgresPssMb.toFixed(0)} MB PSS) in ${memory.processes.filter((p) => p.name === "postgres").length} processes` : "";
  return `${label.padEnd(34)} Node tree ${memory.nodeRssMb.toFixed(0)} MB RSS (${node})${postgres}`;
}
