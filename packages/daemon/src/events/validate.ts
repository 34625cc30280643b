// containerd's checks on a forwarded envelope (events/exchange/exchange.go validateEnvelope,
// validateTopic), answered with InvalidArgument. corral-shim drops an event on InvalidArgument
// instead of retrying it, so only a malformed event may get one.
import { CorralError, isValidIdentifier, validateIdentifier } from '@corral/api';

export function validateNamespace(namespace: string): void {
  validateIdentifier(namespace, 'event namespace');
}

/** A topic is "/" followed by "/"-separated identifiers: "/tasks/exit", "/containers/create". */
export function validateTopic(topic: string): void {
  if (topic === '') throw new CorralError('InvalidArgument', 'event topic must not be empty');
  if (!topic.startsWith('/')) {
    throw new CorralError('InvalidArgument', `event topic ${JSON.stringify(topic)} must start with '/'`);
  }
  if (topic.length === 1) {
    throw new CorralError('InvalidArgument', `event topic "/" must have at least one component`);
  }
  for (const part of topic.slice(1).split('/')) {
    if (!isValidIdentifier(part)) {
      throw new CorralError(
        'InvalidArgument',
        `event topic ${JSON.stringify(topic)}: component ${JSON.stringify(part)} is not an identifier`,
      );
    }
  }
}

/**
 * The publish time must be set. containerd rejects a missing timestamp and Go's zero time; we also
 * reject the Unix epoch itself, which is what an empty Timestamp message decodes to here.
 */
export function validateTimestamp(nanos: bigint | undefined): bigint {
  if (nanos === undefined || nanos === 0n) {
    throw new CorralError('InvalidArgument', 'event timestamp must be set on a forwarded event');
  }
  return nanos;
}
