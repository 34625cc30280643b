import Long from 'long';

/** protobufjs decodes 64-bit fields as Long (the generated code uses --force-long); we work in bigint. */
export function toBigInt(v: Long | number | bigint | null | undefined): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  return BigInt(v.toString());
}

export function toUint64(v: bigint | number): Long {
  const b = BigInt(v);
  if (b < 0n || b >= 1n << 64n) throw new RangeError(`${b} is out of range for uint64`);
  return Long.fromString(b.toString(), true);
}

export function toInt64(v: bigint | number): Long {
  const b = BigInt(v);
  if (b < -(1n << 63n) || b >= 1n << 63n) throw new RangeError(`${b} is out of range for int64`);
  return Long.fromString(b.toString(), false);
}
