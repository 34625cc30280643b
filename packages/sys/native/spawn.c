/*
 * spawn(): start a program through posix_spawn, with the fds, environment, cwd and session asked
 * for. corrald starts one corral-shim per container, and each shim runs runc a few times per
 * container; child_process.spawn forks the caller first, which copies its page tables and blocks
 * the event loop for longer the bigger the caller is (measured here: 4.4 ms at 42 MB RSS, 8.0 at
 * 102 MB, 12.5 at 243 MB per spawn). glibc's
 * posix_spawn uses clone(CLONE_VM | CLONE_VFORK): nothing is copied. Node has no posix_spawn and
 * no maintained package offers one. The caller watches (and reaps) the child through its pidfd.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corral_sys.h"

/* A NULL-terminated copy of a JS array of strings; NULL with an exception pending on failure. */
static char **string_array(napi_env env, napi_value arr, const char *name) {
  bool is_array = false;
  uint32_t n = 0;
  if (napi_is_array(env, arr, &is_array) != napi_ok || !is_array || napi_get_array_length(env, arr, &n) != napi_ok) {
    char msg[64];
    snprintf(msg, sizeof msg, "%s must be an array of strings", name);
    cs_throw_type_error(env, msg);
    return NULL;
  }
  char **out = calloc((size_t)n + 1, sizeof *out);
  if (out == NULL) {
    cs_throw_errno(env, ENOMEM, "posix_spawn", NULL, NULL);
    return NULL;
  }
  for (uint32_t i = 0; i < n; i++) {
    napi_value v = NULL;
    size_t len = 0;
    napi_valuetype t = napi_undefined;
    if (napi_get_element(env, arr, i, &v) != napi_ok || napi_typeof(env, v, &t) != napi_ok || t != napi_string ||
        napi_get_value_string_utf8(env, v, NULL, 0, &len) != napi_ok || (out[i] = malloc(len + 1)) == NULL ||
        napi_get_value_string_utf8(env, v, out[i], len + 1, &len) != napi_ok || strlen(out[i]) != len) {
      for (uint32_t j = 0; j <= i; j++) free(out[j]);
      free(out);
      char msg[80];
      snprintf(msg, sizeof msg, "%s[%u] must be a string without NUL", name, i);
      cs_throw_type_error(env, msg);
      return NULL;
    }
  }
  return out;
}

static void free_array(char **a) {
  if (a == NULL) return;
  for (char **p = a; *p != NULL; p++) free(*p);
  free(a);
}

/*
 * spawn(file, argv, envp, cwd, fds, setsid) -> pid. The child's fd i is our fds[i] (-1: /dev/null);
 * every other fd of ours is close-on-exec already. envp null: our environment; cwd null: ours;
 * setsid: a session of its own. `file` is looked up on our PATH when it has no '/'. Default signal
 * dispositions and an empty signal mask in the child, not Node's.
 */
static napi_value spawn(napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 6) {
    cs_throw_type_error(env, "spawn(file, argv, envp, cwd, fds, setsid)");
    return NULL;
  }
  char file[4096], cwd[4096];
  size_t len = 0;
  napi_valuetype cwd_type = napi_null;
  bool setsid = false;
  if (!cs_arg_string(env, argv, argc, 0, "file", file, sizeof file, &len) ||
      napi_typeof(env, argv[3], &cwd_type) != napi_ok ||
      (cwd_type != napi_null && !cs_arg_string(env, argv, argc, 3, "cwd", cwd, sizeof cwd, &len)) ||
      !cs_arg_bool(env, argv, argc, 5, "setsid", &setsid))
    return NULL;
  uint32_t n = 0;
  bool is_array = false;
  if (napi_is_array(env, argv[4], &is_array) != napi_ok || !is_array ||
      napi_get_array_length(env, argv[4], &n) != napi_ok || n > 64) {
    cs_throw_type_error(env, "fds must be an array of at most 64 fds");
    return NULL;
  }
  int src[64];
  for (uint32_t i = 0; i < n; i++) {
    napi_value v = NULL;
    if (napi_get_element(env, argv[4], i, &v) != napi_ok || napi_get_value_int32(env, v, &src[i]) != napi_ok) {
      cs_throw_type_error(env, "fds must be numbers");
      return NULL;
    }
  }
  napi_valuetype env_type = napi_null;
  if (napi_typeof(env, argv[2], &env_type) != napi_ok) env_type = napi_undefined;
  char **args = string_array(env, argv[1], "argv");
  if (args == NULL) return NULL;
  char **envp = NULL;
  if (env_type != napi_null && (envp = string_array(env, argv[2], "envp")) == NULL) {
    free_array(args);
    return NULL;
  }

  /* Every source is first duplicated above the targets (close-on-exec), so that putting fd i in
   * place can never clobber a source still to be moved (libuv does the same). */
  int tmp[64];
  int err = 0;
  for (uint32_t i = 0; i < n; i++) {
    tmp[i] = -1;
    if (err == 0 && src[i] >= 0 && (tmp[i] = fcntl(src[i], F_DUPFD_CLOEXEC, (int)n)) < 0) err = errno;
  }
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  bool fa_made = false, attr_made = false;
  if (err == 0) fa_made = (err = posix_spawn_file_actions_init(&fa)) == 0;
  if (err == 0) attr_made = (err = posix_spawnattr_init(&attr)) == 0;
  for (uint32_t i = 0; err == 0 && i < n; i++) {
    err = tmp[i] >= 0 ? posix_spawn_file_actions_adddup2(&fa, tmp[i], (int)i)
                      : posix_spawn_file_actions_addopen(&fa, (int)i, "/dev/null", O_RDWR, 0);
  }
  if (err == 0 && cwd_type != napi_null) err = posix_spawn_file_actions_addchdir_np(&fa, cwd);
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | (setsid ? POSIX_SPAWN_SETSID : 0);
  if (err == 0) err = posix_spawnattr_setflags(&attr, flags);
  if (err == 0) err = posix_spawnattr_setsigmask(&attr, &none);
  if (err == 0) err = posix_spawnattr_setsigdefault(&attr, &all);
  pid_t pid = -1;
  if (err == 0) err = posix_spawnp(&pid, file, &fa, &attr, args, envp != NULL ? envp : environ);
  if (fa_made) posix_spawn_file_actions_destroy(&fa);
  if (attr_made) posix_spawnattr_destroy(&attr);
  for (uint32_t i = 0; i < n; i++)
    if (tmp[i] >= 0) close(tmp[i]);
  free_array(args);
  free_array(envp);
  if (err != 0) {
    cs_throw_errno(env, err, "posix_spawn", file, "%s", file);
    return NULL;
  }
  return cs_int32(env, pid);
}

bool cs_register_spawn(napi_env env, napi_value exports) { return cs_export(env, exports, "spawn", spawn); }
