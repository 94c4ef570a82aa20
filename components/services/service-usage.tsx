import { getFormatter, getTranslations } from "next-intl/server";

type Usage = {
  diskUsedMb: number | null;
  diskLimitMb: number | null;
  bandwidthUsedMb: number | null;
  bandwidthLimitMb: number | null;
  mailboxesUsed: number | null;
  mailboxesLimit: number | null;
  cpuCores: number | null;
  memoryMb: number | null;
};

type Bar = { id: string; label: string; used: number; limit: number; text: string };

/** Amber from 80 % so a member sees a plan filling up before it is full, red from 95 %. */
function barColour(percent: number): string {
  if (percent >= 95) return "bg-red-600";
  if (percent >= 80) return "bg-amber-500";
  return "bg-blue-600";
}

/**
 * The usage figures the plan has (a figure the plan lacks is null and not shown): disk,
 * bandwidth and mailboxes as bars against the plan's limit, CPU and memory of a VPS as figures.
 */
export async function ServiceUsage({ usage }: { usage: Usage }) {
  const [t, format] = await Promise.all([getTranslations("services.detail"), getFormatter()]);
  const size = (mb: number) => (mb >= 1024 ? `${format.number(mb / 1024, { maximumFractionDigits: 1 })} GB` : `${format.number(mb)} MB`);
  const bars: Bar[] = [];
  const bar = (id: string, used: number | null, limit: number | null, show: (value: number) => string) => {
    if (used !== null && limit !== null && limit > 0) bars.push({ id, label: t(id), used, limit, text: t("usedOf", { used: show(used), limit: show(limit) }) });
  };
  bar("disk", usage.diskUsedMb, usage.diskLimitMb, size);
  bar("bandwidth", usage.bandwidthUsedMb, usage.bandwidthLimitMb, size);
  bar("mailboxes", usage.mailboxesUsed, usage.mailboxesLimit, (count) => format.number(count));
  const figures: [string, string][] = [];
  if (usage.cpuCores !== null) figures.push([t("cpu"), t("cores", { count: usage.cpuCores })]);
  if (usage.memoryMb !== null) figures.push([t("memory"), size(usage.memoryMb)]);
  if (bars.length === 0 && figures.length === 0) return null;

  return (
    <div className="space-y-3 text-sm" data-testid="service-usage">
      <h3 className="font-medium text-slate-700">{t("usage")}</h3>
      {bars.map((item) => {
        const percent = Math.min(100, Math.round((item.used / item.limit) * 100));
        return (
          <div key={item.id} data-testid={`usage-${item.id}`}>
            <div className="flex justify-between gap-4">
              <span className="text-slate-500">{item.label}</span>
              <span className="tabular-nums">{item.text}</span>
            </div>
            <div role="meter" aria-label={item.label} aria-valuemin={0} aria-valuemax={item.limit} aria-valuenow={Math.min(item.used, item.limit)} aria-valuetext={item.text} className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200">
              <div className={`h-full ${barColour(percent)}`} style={{ width: `${percent}%` }} />
            </div>
          </div>
        );
      })}
      {figures.length ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          {figures.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd className="tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
