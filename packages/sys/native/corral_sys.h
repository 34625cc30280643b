/*
 * Shared helpers of the corral_sys addon. See addon.c for why this addon exists at all.
 */
#ifndef CORRAL_SYS_H
#define CORRAL_SYS_H

#include <node_api.h>
#include <stdbool.h>
#include <stdint.h>

/* Bail out of a napi_callback when a napi call failed; the failure is already a pending exception
 * or a napi status we turn into one, so JS always sees an Error rather than a silent undefined. */
#define NAPI_CALL(env, call)                                                                       \
  do {                                                                                             \
    if ((call) != napi_ok) {                                                                       \
      cs_throw_last_napi_error((env), #call);                                                      \
      return NULL;                                                                                 \
    }                                                                                              \
  } while (0)

void cs_throw_last_napi_error(napi_env env, const char *what);

/* Throws the JS SysError (registered by the wrapper) for `err`, e.g. code 'ESRCH', syscall
 * 'pidfd_open', message "pidfd_open pid 42: No such process". `path` may be NULL. */
void cs_throw_errno(napi_env env, int err, const char *syscall, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

void cs_throw_type_error(napi_env env, const char *msg);

/* Argument readers: false (with a TypeError pending) when the argument is missing or mistyped. */
bool cs_arg_int32(napi_env env, napi_value *argv, size_t argc, size_t i, const char *name, int32_t *out);
bool cs_arg_bool(napi_env env, napi_value *argv, size_t argc, size_t i, const char *name, bool *out);
/* Copies a string argument into buf (NUL-terminated); fails on truncation. */
bool cs_arg_string(napi_env env, napi_value *argv, size_t argc, size_t i, const char *name, char *buf,
                   size_t bufsize, size_t *len);

napi_value cs_int32(napi_env env, int32_t v);
napi_value cs_null(napi_env env);
bool cs_set_int32(napi_env env, napi_value obj, const char *key, int32_t v);

/* Each file exports its functions onto the module object. */
bool cs_register_poll(napi_env env, napi_value exports);
bool cs_register_process(napi_env env, napi_value exports);
bool cs_register_fd_passing(napi_env env, napi_value exports);
bool cs_register_tty(napi_env env, napi_value exports);
bool cs_register_eventfd(napi_env env, napi_value exports);
bool cs_register_pipe(napi_env env, napi_value exports);
bool cs_register_mount(napi_env env, napi_value exports);
bool cs_register_spawn(napi_env env, napi_value exports);

bool cs_export(napi_env env, napi_value exports, const char *name, napi_callback cb);

/* Per-environment state: the SysError constructor, live poll handles, the teardown hook. */
struct cs_poll;
typedef struct cs_instance {
  napi_ref sys_error_ctor;
  struct cs_poll *polls; /* doubly linked list of polls not yet closed */
  unsigned closing;      /* polls whose uv_close callback has not run yet */
  bool tearing_down;
  napi_async_cleanup_hook_handle cleanup;
} cs_instance;

cs_instance *cs_instance_of(napi_env env);
void cs_poll_teardown(cs_instance *inst);

#endif
