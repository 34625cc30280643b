// latest.json (every sample, medians, p90s, the machine, loads, versions) and latest.md (the
// summary table: measure, corral, peer, ratio corral/peer, target, met?; then every series).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './stats.js';

function fmt(x, unit) {
  if (!Number.isFinite(x)) return '—';
  if (unit === 'kB') return x >= 1024 ? `${(x / 1024).toFixed(1)} MiB` : `${Math.round(x)} kB`;
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function unitOf(result, name) {
  if (result.unit !== 'MB/s, ms, MB') return result.unit;
  return name.endsWith('MB/s') ? 'MB/s' : name.endsWith('ms') ? 'ms' : 'MB';
}

/** One measure's outcome as the JSON keeps it: series summarized, comparisons evaluated. */
export function evaluate(id, result) {
  const series = Object.fromEntries(
    Object.entries(result.samples).map(([name, xs]) => [name, summarize(xs, unitOf(result, name))]),
  );
  const comparisons = (result.comparisons ?? []).map((c) => {
    const a = series[c.corral];
    const b = c.peer ? series[c.peer] : undefined;
    const ratio = a && b ? a.median / b.median : NaN;
    let met = null;
    if (c.target?.ratio !== undefined && Number.isFinite(ratio)) met = ratio <= c.target.ratio;
    if (c.target?.max !== undefined && a) met = a.median <= c.target.max;
    return {
      ...c,
      unit: a?.unit,
      corralMedian: a?.median,
      corralP90: a?.p90,
      peerMedian: b?.median,
      peerP90: b?.p90,
      ratio,
      met,
    };
  });
  return {
    id,
    title: result.title,
    unit: result.unit,
    notes: result.notes ?? [],
    extra: result.extra,
    series,
    comparisons,
  };
}

function targetText(c) {
  if (c.target?.ratio !== undefined) return `≤ ${c.target.ratio}× peer`;
  if (c.target?.max !== undefined) return `≤ ${c.target.max} ${c.unit}`;
  return '';
}

function cell(name, median, p90, unit) {
  if (name === undefined) return '—';
  if (!Number.isFinite(median)) return `${name}: not measured`;
  const u = unit === 'kB' ? '' : ` ${unit}`;
  return `${name}: **${fmt(median, unit)}**${u} (p90 ${fmt(p90, unit)})`;
}

export function markdown(report) {
  const m = report.machine;
  const lines = [
    `# corral bench, ${report.date}`,
    '',
    `${report.quick ? '`--quick` run' : 'Full run'} of ${report.only.join(', ')} in ${report.durationS.toFixed(0)} s. ` +
      `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGiB} GiB RAM, kernel ${m.kernel}, node ${m.node}, commit ${m.commit}. ` +
      `Load averages (1/5/15 min): ${report.load.before.join(' / ')} before, ${report.load.after.join(' / ')} after.` +
      (report.shimPool > 0 ? ` corrald ran with \`--shim-pool ${report.shimPool}\`.` : ''),
    '',
    `Versions: ${Object.entries(report.versions)
      .map(([k, v]) => `${k} \`${v}\``)
      .join(', ')}.`,
    '',
    'Medians, p90 in brackets; ratio = corral median / peer median (lower is better for times and memory, higher for MB/s).',
    '',
    '| measure | corral | peer | ratio corral/peer | target | met? |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of Object.values(report.measures)) {
    if (r.error) {
      lines.push(
        `| ${r.id}: ${r.title ?? ''} | failed: ${r.error.split('\n')[0].replaceAll('|', '\\|')} | | | | |`,
      );
      continue;
    }
    for (const c of r.comparisons) {
      const met = c.met === null ? '' : c.met ? 'yes' : '**no**';
      const ratio = Number.isFinite(c.ratio) ? `${c.ratio.toFixed(2)}×` : '—';
      const peer = c.peer ? cell(c.peer, c.peerMedian, c.peerP90, c.unit) : '—';
      lines.push(
        `| ${r.id}: ${c.what} | ${cell(c.corral, c.corralMedian, c.corralP90, c.unit)} | ${peer} | ${ratio} | ${targetText(c)} | ${met} |`,
      );
    }
  }
  for (const r of Object.values(report.measures)) {
    lines.push('', `## ${r.id}: ${r.title ?? ''}`, '');
    if (r.error) {
      lines.push('```', r.error, '```');
      continue;
    }
    lines.push(
      `Load before/after: ${r.load.before.join(' / ')} → ${r.load.after.join(' / ')}; ${r.durationS.toFixed(0)} s.`,
      '',
    );
    lines.push(
      '| series | n | median | p90 | min | max | unit |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const [name, s] of Object.entries(r.series)) {
      const f = (x) => (s.unit === 'kB' ? String(Math.round(x)) : fmt(x, s.unit));
      lines.push(
        `| ${name} | ${s.n} | ${f(s.median)} | ${f(s.p90)} | ${f(s.min)} | ${f(s.max)} | ${s.unit} |`,
      );
    }
    if (r.notes.length > 0) lines.push('', ...r.notes.map((n) => `- ${n}`));
  }
  return `${lines.join('\n')}\n`;
}

export function writeReport(dir, report) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  writeFileSync(join(dir, 'latest.md'), md);
  return md;
}
