/** What `runc --version` / `crun --version` says. */
export interface Version {
  /** The program's own name from the first line: "runc", "crun". */
  name: string;
  /** "1.1.5+ds1", "1.8.1". */
  version: string;
  commit?: string;
  /** The OCI runtime-spec version it implements. */
  spec?: string;
  /** Every other `key: value` line (runc: go, libseccomp; crun: rundir). */
  extra: Record<string, string>;
  /** crun's build features line (`+SYSTEMD +SELINUX … -CRIU`), names with their sign. */
  buildFeatures: string[];
}

/**
 * runc prints `runc version X` then `commit:`, `spec:`, `go:`, `libseccomp:` lines; crun prints
 * `crun version X`, `commit:`, `rundir:`, `spec:` and a line of `+FEATURE`s. go-runc insists on
 * exactly three lines, which crun (and newer runc) break; this reads what is there.
 */
export function parseVersion(text: string): Version {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = /^(\S+) version (\S+)/.exec(lines[0] ?? '');
  if (!first?.[1] || !first[2])
    throw new TypeError(`version: cannot parse ${JSON.stringify(lines[0] ?? '')}`);
  const v: Version = { name: first[1], version: first[2], extra: {}, buildFeatures: [] };
  for (const line of lines.slice(1)) {
    if (/^[+-][A-Z]/.test(line)) {
      v.buildFeatures.push(...line.split(/\s+/));
      continue;
    }
    const sep = line.indexOf(':');
    if (sep <= 0) continue;
    const key = line.slice(0, sep).trim();
    const value = line.slice(sep + 1).trim();
    if (key === 'commit') v.commit = value;
    else if (key === 'spec') v.spec = value;
    else v.extra[key] = value;
  }
  return v;
}
