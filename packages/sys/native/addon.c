/*
 * corral_sys: the few Linux system calls corral's shim needs and Node cannot make.
 *
 * Why this is hand-written: nothing maintained on npm gives, as a plain N-API addon that builds
 * from source on Node 20 (no prebuilt download), prctl(PR_SET_CHILD_SUBREAPER), waiting for an
 * *adopted* process through pidfd_open + waitid(P_PIDFD) on the libuv loop (a wait(-1) would steal
 * the exits of children libuv spawned), pidfd_send_signal, or recvmsg(SCM_RIGHTS) for runc's
 * --console-socket. The candidates are unmaintained, NAN-based, or do a blocking/global wait.
 *
 * Shape: every function here makes one system call (non-blocking) or manages one uv_poll_t; all
 * policy (start-time checks, which orphans to reap, timeouts, OOM bookkeeping) is TypeScript. Every
 * fd we create is O_CLOEXEC, so nothing leaks into runc or containers spawned later.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corral_sys.h"

static const char *errno_name(int err) {
  const char *name = strerrorname_np(err);
  return name != NULL ? name : "EUNKNOWN";
}

static const char *errno_text(int err) {
  const char *text = strerrordesc_np(err);
  return text != NULL ? text : "unknown error";
}

void cs_throw_last_napi_error(napi_env env, const char *what) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return;
  const napi_extended_error_info *info = NULL;
  napi_get_last_error_info(env, &info);
  char msg[256];
  snprintf(msg, sizeof msg, "corral_sys: %s: %s", what,
           info != NULL && info->error_message != NULL ? info->error_message : "napi call failed");
  napi_throw_error(env, NULL, msg);
}

void cs_throw_type_error(napi_env env, const char *msg) { napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", msg); }

static napi_value make_string(napi_env env, const char *s) {
  napi_value v = NULL;
  napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v);
  return v;
}

void cs_throw_errno(napi_env env, int err, const char *syscall, const char *path, const char *fmt, ...) {
  char context[256] = "";
  if (fmt != NULL && fmt[0] != '\0') {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(context, sizeof context, fmt, ap);
    va_end(ap);
  }
  char msg[512];
  snprintf(msg, sizeof msg, "%s%s%s: %s", syscall, context[0] != '\0' ? " " : "", context, errno_text(err));

  napi_value undefined = NULL;
  napi_get_undefined(env, &undefined);
  napi_value message = make_string(env, msg);
  napi_value code = make_string(env, errno_name(err));
  napi_value sc = make_string(env, syscall);
  napi_value errnum = cs_int32(env, -err); /* negative, as libuv and Node's own errors carry it */
  napi_value options = undefined; /* SysError's fifth parameter: { path } */
  if (path != NULL && napi_create_object(env, &options) == napi_ok)
    napi_set_named_property(env, options, "path", make_string(env, path));

  napi_value error = NULL;
  cs_instance *inst = cs_instance_of(env);
  napi_value ctor = NULL;
  if (inst != NULL && inst->sys_error_ctor != NULL &&
      napi_get_reference_value(env, inst->sys_error_ctor, &ctor) == napi_ok && ctor != NULL) {
    napi_value args[5] = {message, code, errnum, sc, options};
    if (napi_new_instance(env, ctor, 5, args, &error) != napi_ok) return; /* ctor threw: that is pending */
  } else {
    /* Before the wrapper registered SysError: the same shape as Node's own system errors. */
    napi_create_error(env, code, message, &error);
    napi_set_named_property(env, error, "errno", errnum);
    napi_set_named_property(env, error, "syscall", sc);
    if (path != NULL) napi_set_named_property(env, error, "path", make_string(env, path));
  }
  napi_throw(env, error);
}

static bool arg_missing(napi_env env, size_t argc, size_t i, const char *name) {
  if (i < argc) return false;
  char msg[128];
  snprintf(msg, sizeof msg, "argument '%s' is required", name);
  cs_throw_type_error(env, msg);
  return true;
}

static bool expect_type(napi_env env, napi_value v, napi_valuetype want, const char *name, const char *type) {
  napi_valuetype t;
  if (napi_typeof(env, v, &t) == napi_ok && t == want) return true;
  char msg[128];
  snprintf(msg, sizeof msg, "argument '%s' must be a %s", name, type);
  cs_throw_type_error(env, msg);
  return false;
}

bool cs_arg_int32(napi_env env, napi_value *argv, size_t argc, size_t i, const char *name, int32_t *out) {
  if (arg_missing(env, argc, i, name) || !expect_type(env, argv[i], napi_number, name, "number")) return false;
  return napi_get_value_int32(env, argv[i], out) == napi_ok;
}

bool cs_arg_bool(napi_env env, napi_value *argv, size_t argc, size_t i, const char *name, bool *out) {
  if (arg_missing(env, argc, i, name) || !expect_type(env, argv[i], napi_boolean, name, "boolean")) return false;
  return napi_get_value_bool(env, argv[i], out) == napi_ok;
}

bool cs_arg_string(napi_env env, napi_value *argv, size_t argc, size_t i, const char *name, char *buf,
                   size_t bufsize, size_t *len) {
  if (arg_missing(env, argc, i, name) || !expect_type(env, argv[i], napi_string, name, "string")) return false;
  size_t full = 0;
  if (napi_get_value_string_utf8(env, argv[i], NULL, 0, &full) != napi_ok) return false;
  if (full + 1 > bufsize) {
    char msg[128];
    snprintf(msg, sizeof msg, "argument '%s' is too long (%zu bytes, at most %zu)", name, full, bufsize - 1);
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", msg);
    return false;
  }
  return napi_get_value_string_utf8(env, argv[i], buf, bufsize, len) == napi_ok;
}

napi_value cs_int32(napi_env env, int32_t v) {
  napi_value out = NULL;
  napi_create_int32(env, v, &out);
  return out;
}

napi_value cs_null(napi_env env) {
  napi_value out = NULL;
  napi_get_null(env, &out);
  return out;
}

bool cs_set_int32(napi_env env, napi_value obj, const char *key, int32_t v) {
  return napi_set_named_property(env, obj, key, cs_int32(env, v)) == napi_ok;
}

bool cs_export(napi_env env, napi_value exports, const char *name, napi_callback cb) {
  napi_value fn = NULL;
  return napi_create_function(env, name, NAPI_AUTO_LENGTH, cb, NULL, &fn) == napi_ok &&
         napi_set_named_property(env, exports, name, fn) == napi_ok;
}

cs_instance *cs_instance_of(napi_env env) {
  void *data = NULL;
  if (napi_get_instance_data(env, &data) != napi_ok) return NULL;
  return data;
}

/* setErrorClass(SysError): errors thrown from C become instances of the wrapper's class. */
static napi_value set_error_class(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (arg_missing(env, argc, 0, "ctor") || !expect_type(env, argv[0], napi_function, "ctor", "function"))
    return NULL;
  cs_instance *inst = cs_instance_of(env);
  if (inst->sys_error_ctor != NULL) napi_delete_reference(env, inst->sys_error_ctor);
  inst->sys_error_ctor = NULL;
  NAPI_CALL(env, napi_create_reference(env, argv[0], 1, &inst->sys_error_ctor));
  return NULL;
}

static void finalize_instance(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  free(data);
}

/*
 * Worker threads close their loop after teardown and abort if a handle is still open, so open
 * polls are closed here and the environment is held (async hook) until their close callbacks ran.
 */
static void on_teardown(napi_async_cleanup_hook_handle handle, void *arg) {
  (void)handle;
  cs_instance *inst = arg;
  inst->tearing_down = true;
  cs_poll_teardown(inst);
  if (inst->closing == 0) napi_remove_async_cleanup_hook(inst->cleanup);
}

static napi_value init(napi_env env, napi_value exports) {
  cs_instance *inst = calloc(1, sizeof *inst);
  if (inst == NULL) {
    napi_throw_error(env, NULL, "corral_sys: out of memory");
    return NULL;
  }
  if (napi_set_instance_data(env, inst, finalize_instance, NULL) != napi_ok) {
    free(inst);
    cs_throw_last_napi_error(env, "napi_set_instance_data");
    return NULL;
  }
  NAPI_CALL(env, napi_add_async_cleanup_hook(env, on_teardown, inst, &inst->cleanup));
  if (!cs_export(env, exports, "setErrorClass", set_error_class) || !cs_register_poll(env, exports) ||
      !cs_register_process(env, exports) || !cs_register_fd_passing(env, exports) ||
      !cs_register_tty(env, exports) || !cs_register_eventfd(env, exports) || !cs_register_pipe(env, exports) ||
      !cs_register_mount(env, exports) || !cs_register_spawn(env, exports)) {
    cs_throw_last_napi_error(env, "register functions");
    return NULL;
  }
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
