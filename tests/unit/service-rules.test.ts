import { describe, expect, it } from "vitest";
import { effectivePowerState, restartSeconds } from "@/lib/provisioning/power-state";
import { generateServicePassword } from "@/lib/services/generate-password";
import { kindOf, parseServiceFilter } from "@/lib/services/kind-filter";
import { ZChangeServiceSettings, ZRequestCancellation } from "@/lib/services/schemas";
import { settingsForKind, ZSettingsInput } from "@/lib/services/settings";

const SERVICE_ID = "0190f0c2-7d2e-7a3b-8c4d-5e6f7a8b9c0d";

describe("power state", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  it("is RESTARTING until restartingUntil, RUNNING from then on", () => {
    expect(effectivePowerState({ powerState: "RESTARTING", restartingUntil: new Date(now.getTime() + 1) }, now)).toBe("RESTARTING");
    expect(effectivePowerState({ powerState: "RESTARTING", restartingUntil: now }, now)).toBe("RUNNING");
    expect(effectivePowerState({ powerState: "RESTARTING", restartingUntil: null }, now)).toBe("RUNNING");
  });
  it("leaves RUNNING and STOPPED as stored", () => {
    expect(effectivePowerState({ powerState: "STOPPED", restartingUntil: null }, now)).toBe("STOPPED");
    expect(effectivePowerState({ powerState: "RUNNING", restartingUntil: new Date(now.getTime() + 5000) }, now)).toBe("RUNNING");
  });
  it("takes the restart time from DEMO_PANEL_RESTART_SECONDS, 20 s when unset or nonsense", () => {
    expect(restartSeconds({})).toBe(20);
    expect(restartSeconds({ DEMO_PANEL_RESTART_SECONDS: "3" })).toBe(3);
    expect(restartSeconds({ DEMO_PANEL_RESTART_SECONDS: "soon" })).toBe(20);
    expect(restartSeconds({ DEMO_PANEL_RESTART_SECONDS: "-1" })).toBe(20);
  });
});

describe("settings per kind", () => {
  const parse = (fields: Record<string, string>) => ZChangeServiceSettings.safeParse({ serviceId: SERVICE_ID, ...fields });
  const messages = (fields: Record<string, string>) => {
    const result = parse(fields);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it("accepts a PHP version from the list only", () => {
    expect(parse({ phpVersion: "8.3" }).success).toBe(true);
    expect(messages({ phpVersion: "5.6" })).toEqual(["phpVersionInvalid"]);
  });

  it("accepts a full host name, lower-cased, and refuses what is not one", () => {
    expect(parse({ hostname: " VPS1.Example.com " }).data?.hostname).toBe("vps1.example.com");
    for (const bad of ["localhost", "-bad.example.com", "under_score.example.com", "a..b.example", "ex ample.com", `${"a".repeat(64)}.example.com`]) {
      expect(messages({ hostname: bad }), bad).toEqual(["hostnameInvalid"]);
    }
  });

  it("accepts a whole mailbox quota of at least 100 MB", () => {
    expect(parse({ mailboxQuotaMb: "2048" }).data?.mailboxQuotaMb).toBe(2048);
    for (const bad of ["50", "1.5", "lots"]) expect(messages({ mailboxQuotaMb: bad }), bad).toEqual(["mailboxQuotaInvalid"]);
  });

  it("takes only the setting of the service's kind, and keeps the quota within the plan", () => {
    const input = ZSettingsInput.parse({ phpVersion: "8.2", hostname: "vps.example.com", mailboxQuotaMb: "500" });
    expect(settingsForKind("WEB_HOSTING", input, { diskLimitMb: null })).toEqual({ ok: true, settings: { phpVersion: "8.2" } });
    expect(settingsForKind("VPS", input, { diskLimitMb: 1000 })).toEqual({ ok: true, settings: { hostname: "vps.example.com" } });
    expect(settingsForKind("EMAIL", input, { diskLimitMb: 500 })).toEqual({ ok: true, settings: { mailboxQuotaMb: 500 } });
    expect(settingsForKind("EMAIL", input, { diskLimitMb: 499 })).toEqual({ ok: false, code: "mailboxQuotaOverPlan", values: { max: 499 } });
    expect(settingsForKind("VPS", ZSettingsInput.parse({ phpVersion: "8.2" }), { diskLimitMb: 1000 })).toEqual({ ok: false, code: "settingRequired" });
  });

  it("requires a cancellation reason", () => {
    expect(ZRequestCancellation.safeParse({ serviceId: SERVICE_ID, reason: "   " }).error?.issues[0]?.message).toBe("cancellationReasonRequired");
  });
});

describe("generated service passwords", () => {
  it("are long, mixed and different every time", () => {
    const passwords = Array.from({ length: 50 }, () => generateServicePassword());
    expect(new Set(passwords).size).toBe(50);
    for (const password of passwords) {
      expect(password).toHaveLength(20);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[2-9]/);
      expect(password).toMatch(/[-_.!@#%+=]/);
    }
  });
});

describe("the list's kind filter", () => {
  it("keeps a known kind and lists everything for anything else", () => {
    expect(kindOf(parseServiceFilter("VPS"))).toBe("VPS");
    expect(kindOf(parseServiceFilter("EMAIL"))).toBe("EMAIL");
    for (const other of [undefined, "", "vps", "all", "WEB_HOSTING'--"]) expect(kindOf(parseServiceFilter(other)), String(other)).toBeUndefined();
  });
});
