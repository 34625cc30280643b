/** The media types the store understands: OCI image-spec v1 and docker's schema 2 twins. */
export const mediaTypes = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociLayerNonDistributable: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
  ociLayerNonDistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerLayerForeign: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
} as const;

/** Annotations on index.json entries that name an image. */
export const annotations = {
  /** containerd's full reference (`docker.io/library/busybox:latest`). */
  imageName: 'io.containerd.image.name',
  /** OCI's ref name: a tag (`latest`) as buildkit writes it, sometimes a full reference. */
  refName: 'org.opencontainers.image.ref.name',
} as const;

export function isIndexType(mediaType: string | undefined): boolean {
  return mediaType === mediaTypes.ociIndex || mediaType === mediaTypes.dockerManifestList;
}

export function isManifestType(mediaType: string | undefined): boolean {
  return mediaType === mediaTypes.ociManifest || mediaType === mediaTypes.dockerManifest;
}
