import { defaultAuthFile } from '@corral/images';

/** How corrald reaches registries: the same for every pull (a request brings only credentials). */
export interface RegistrySettings {
  /**
   * Credentials for pulls whose request brings none: a docker `config.json`-format file, read at
   * each pull (a `corral login` meanwhile counts); a missing file means anonymous.
   */
  authFile: string;
  /** `host[:port]`: HTTPS without verification, then plain HTTP; `http://host[:port]`: HTTP only. */
  insecureRegistries: readonly string[];
  /** CA certificates (PEM) trusted besides the system's. */
  caFile: string | undefined;
}

/** The settings with corrald's defaults filled in: the auth file is the one `corral login` writes. */
export function resolveRegistrySettings(
  o: Partial<RegistrySettings> = {},
  env: NodeJS.ProcessEnv = process.env,
): RegistrySettings {
  return {
    authFile: o.authFile ?? defaultAuthFile(env),
    insecureRegistries: [...(o.insecureRegistries ?? [])],
    caFile: o.caFile,
  };
}
