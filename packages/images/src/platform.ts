import type { Descriptor, Platform } from './manifest.js';

/** node's process.arch → OCI (GOARCH) architecture and default variant. */
const archTable: Record<string, { architecture: string; variant?: string }> = {
  x64: { architecture: 'amd64' },
  arm64: { architecture: 'arm64', variant: 'v8' },
  arm: { architecture: 'arm', variant: 'v7' },
  ia32: { architecture: '386' },
  ppc64: { architecture: 'ppc64le' },
  s390x: { architecture: 's390x' },
  riscv64: { architecture: 'riscv64' },
  loong64: { architecture: 'loong64' },
};

/** The platform images run on here (linux, this process's architecture). */
export function hostPlatform(arch: string = process.arch): Platform {
  const p = archTable[arch] ?? { architecture: arch };
  return { os: 'linux', ...p };
}

/**
 * containerd's default matcher, simplified: same os and architecture; a variant only has to match
 * when both sides name one (arm64 manifests often omit `v8`).
 */
export function platformMatches(want: Platform, have: Platform | undefined): boolean {
  if (!have) return false;
  if (have.os !== want.os || have.architecture !== want.architecture) return false;
  return have.variant === undefined || want.variant === undefined || have.variant === want.variant;
}

/** The index entry for `want`, or undefined. */
export function selectPlatform(manifests: Descriptor[], want: Platform): Descriptor | undefined {
  return manifests.find((m) => platformMatches(want, m.platform));
}
