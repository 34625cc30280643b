/*
 * mount(2) and umount2(2) for the shim's rootfs: one system call each instead of a mount(8) or
 * umount(8) process (a fork of the whole shim, ~10 ms apiece on every create and delete). Node has
 * neither call, and no maintained N-API package makes them. The kernel may take milliseconds (an
 * overlay with many layers), so each runs on libuv's thread pool and resolves a promise: the event
 * loop never waits on it. Option words are turned into flags and data in TypeScript (src/mount.ts).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>

#include "corral_sys.h"

typedef struct {
  napi_async_work work;
  napi_deferred deferred;
  bool is_umount;
  char *source, *target, *fstype, *data;
  unsigned long flags;
  int umount_flags;
  int err;
} mount_req;

static void free_req(mount_req *r) {
  free(r->source);
  free(r->target);
  free(r->fstype);
  free(r->data);
  free(r);
}

/* A copy of string argument i (NULL for null/undefined when `optional`); false with a TypeError pending. */
static bool dup_string(napi_env env, napi_value *argv, size_t argc, size_t i, const char *name, bool optional,
                       char **out) {
  *out = NULL;
  napi_valuetype t = napi_undefined;
  if (i < argc && napi_typeof(env, argv[i], &t) != napi_ok) t = napi_undefined;
  if (optional && (t == napi_undefined || t == napi_null)) return true;
  if (t != napi_string) {
    char msg[96];
    snprintf(msg, sizeof msg, "%s must be a string", name);
    cs_throw_type_error(env, msg);
    return false;
  }
  size_t len = 0;
  if (napi_get_value_string_utf8(env, argv[i], NULL, 0, &len) != napi_ok) return false;
  char *s = malloc(len + 1);
  if (s == NULL || napi_get_value_string_utf8(env, argv[i], s, len + 1, &len) != napi_ok) {
    free(s);
    cs_throw_errno(env, ENOMEM, "mount", NULL, NULL);
    return false;
  }
  if (strlen(s) != len) { /* an embedded NUL would silently cut the path */
    free(s);
    char msg[96];
    snprintf(msg, sizeof msg, "%s must not contain NUL", name);
    cs_throw_type_error(env, msg);
    return false;
  }
  *out = s;
  return true;
}

static void execute(napi_env env, void *data) {
  (void)env;
  mount_req *r = data;
  int rc = r->is_umount ? umount2(r->target, r->umount_flags)
                        : mount(r->source, r->target, r->fstype, r->flags, r->data);
  r->err = rc == 0 ? 0 : errno;
}

static void complete(napi_env env, napi_status status, void *data) {
  mount_req *r = data;
  if (status != napi_ok) r->err = ECANCELED;
  if (r->err == 0) {
    napi_value undefined = NULL;
    napi_get_undefined(env, &undefined);
    napi_resolve_deferred(env, r->deferred, undefined);
  } else {
    /* cs_throw_errno builds our SysError and throws it; take it back to reject with. */
    if (r->is_umount)
      cs_throw_errno(env, r->err, "umount2", r->target, "%s", r->target);
    else if (r->flags & MS_REMOUNT)
      cs_throw_errno(env, r->err, "mount", r->target, "remount %s", r->target);
    else if (r->source == NULL)
      cs_throw_errno(env, r->err, "mount", r->target, "propagation of %s", r->target);
    else
      cs_throw_errno(env, r->err, "mount", r->target, "%s %s on %s", (r->flags & MS_BIND) ? "bind" : (r->fstype ? r->fstype : "none"),
                     r->source, r->target);
    napi_value error = NULL;
    if (napi_get_and_clear_last_exception(env, &error) != napi_ok || error == NULL)
      napi_get_undefined(env, &error);
    napi_reject_deferred(env, r->deferred, error);
  }
  napi_delete_async_work(env, r->work);
  free_req(r);
}

static napi_value queue(napi_env env, mount_req *r, const char *name) {
  napi_value promise = NULL, resource_name = NULL;
  if (napi_create_promise(env, &r->deferred, &promise) != napi_ok ||
      napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &resource_name) != napi_ok ||
      napi_create_async_work(env, NULL, resource_name, execute, complete, r, &r->work) != napi_ok ||
      napi_queue_async_work(env, r->work) != napi_ok) {
    free_req(r);
    cs_throw_last_napi_error(env, name);
    return NULL;
  }
  return promise;
}

/* A zeroed request, or NULL with an ENOMEM SysError pending. */
static mount_req *new_req(napi_env env, const char *syscall) {
  mount_req *r = calloc(1, sizeof *r);
  if (r == NULL) cs_throw_errno(env, ENOMEM, syscall, NULL, NULL);
  return r;
}

/* mount(source, target, fstype, flags, data) -> Promise<void>; source, fstype, data may be null. */
static napi_value do_mount(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  mount_req *r = new_req(env, "mount");
  if (r == NULL) return NULL;
  double flags = 0;
  if (!dup_string(env, argv, argc, 0, "source", true, &r->source) ||
      !dup_string(env, argv, argc, 1, "target", false, &r->target) ||
      !dup_string(env, argv, argc, 2, "fstype", true, &r->fstype) ||
      !dup_string(env, argv, argc, 4, "data", true, &r->data)) {
    free_req(r);
    return NULL;
  }
  if (argc < 4 || napi_get_value_double(env, argv[3], &flags) != napi_ok || flags < 0 || flags > 4294967295.0) {
    free_req(r);
    cs_throw_type_error(env, "flags must be a number of MS_* bits");
    return NULL;
  }
  r->flags = (unsigned long)flags;
  return queue(env, r, "corral_sys.mount");
}

/* umount2(target, flags) -> Promise<void> */
static napi_value do_umount(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  mount_req *r = new_req(env, "umount2");
  if (r == NULL) return NULL;
  r->is_umount = true;
  int32_t flags = 0;
  if (!dup_string(env, argv, argc, 0, "target", false, &r->target) ||
      !cs_arg_int32(env, argv, argc, 1, "flags", &flags)) {
    free_req(r);
    return NULL;
  }
  r->umount_flags = flags;
  return queue(env, r, "corral_sys.umount2");
}

bool cs_register_mount(napi_env env, napi_value exports) {
  return cs_export(env, exports, "mount", do_mount) && cs_export(env, exports, "umount2", do_umount);
}
