// Containers are named on the command line by id, unique id prefix, or name (docker's order:
// exact id, then exact name, then prefix), resolved against ListContainers once per command.
import { CorralError } from '@corral/api';
import type { corral } from '@corral/api';
import type { CorralClient } from '@corral/client';

export type ContainerSummary = corral.v1.Container.$Properties;

export class ContainerResolver {
  readonly #client: CorralClient;
  #list: Promise<ContainerSummary[]> | undefined;

  constructor(client: CorralClient) {
    this.#client = client;
  }

  /** The container `ref` names; NotFound or an ambiguous-prefix InvalidArgument otherwise. */
  async resolve(ref: string): Promise<ContainerSummary & { id: string }> {
    this.#list ??= this.#client.runtime.listContainers({}).then((r) => r.containers ?? []);
    const all = await this.#list;
    const withId = (c: ContainerSummary | undefined) => (c && c.id ? { ...c, id: c.id } : undefined);
    const exact = withId(all.find((c) => c.id === ref)) ?? withId(all.find((c) => c.metadata?.name === ref));
    if (exact) return exact;
    const byPrefix = ref.length > 0 ? all.filter((c) => c.id?.startsWith(ref)) : [];
    const [only, second] = byPrefix;
    if (only && !second) return withId(only) ?? notFound(ref);
    if (second) {
      throw new CorralError(
        'InvalidArgument',
        `${JSON.stringify(ref)} matches ${byPrefix.length} containers: use more of the id`,
      );
    }
    return notFound(ref);
  }
}

function notFound(ref: string): never {
  throw new CorralError('NotFound', `no such container: ${ref}`);
}

/** The 12-character id docker shows. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
