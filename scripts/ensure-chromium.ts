/**
 * Finds a Chromium for the end-to-end tests. Playwright cannot download its own browser on
 * machines without internet access, so the tests use Debian's `chromium` package: found at
 * CHROMIUM_PATH or /usr/bin/chromium, installed with apt when absent and we are root.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];

function found(): string | undefined {
  return candidates.find((path) => existsSync(path));
}

function hasApt(): boolean {
  try {
    execFileSync("apt-get", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

let chromium = found();
if (!chromium && process.getuid?.() === 0 && hasApt()) {
  console.log("Chromium not found: installing Debian's chromium package…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  chromium = found();
}
if (!chromium) {
  console.error(
    "The end-to-end tests need Chromium and none was found.\n" +
      "Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
  process.exit(1);
}
console.log(`Chromium: ${chromium}`);
