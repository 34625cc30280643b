/*
 * One uv_poll_t per watched fd (pidfd, eventfd, listening or connected unix socket), readable
 * events only. The callback gets libuv's status (0, or a negative errno); the wrapper then makes
 * the non-blocking system call itself. After pollStop the fd may be closed at once: libuv removes
 * it from epoll synchronously in uv_close/uv_poll_stop.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <uv.h>

#include "corral_sys.h"

typedef struct cs_poll {
  uv_poll_t handle; /* first: the uv callbacks cast back from it */
  napi_env env;
  cs_instance *inst;
  struct cs_poll *prev, *next;
  napi_ref callback;
  napi_async_context async;
  bool closing;     /* uv_close was called */
  bool closed;      /* its close callback ran */
  bool unreachable; /* the JS external was collected: nobody can stop it any more */
} cs_poll;

static void unlink_poll(cs_poll *p) {
  if (p->prev != NULL) p->prev->next = p->next;
  else p->inst->polls = p->next;
  if (p->next != NULL) p->next->prev = p->prev;
  p->prev = p->next = NULL;
}

/* The poll's memory is shared by libuv (until the close callback) and by the JS external (until
 * its finalizer), so it is freed by whichever of the two comes last. */
static void on_close(uv_handle_t *handle) {
  cs_poll *p = (cs_poll *)handle;
  cs_instance *inst = p->inst;
  /* Released here rather than in close_poll, which may run inside this poll's own callback, with
   * the async context still in use on the stack. The env is alive: teardown holds it until the
   * last close callback. */
  if (p->callback != NULL) napi_delete_reference(p->env, p->callback);
  p->callback = NULL;
  if (p->async != NULL) napi_async_destroy(p->env, p->async);
  p->async = NULL;
  p->closed = true;
  if (p->unreachable) free(p);
  inst->closing--;
  /* The environment (and inst) may be freed as soon as the hook is removed: nothing after it. */
  if (inst->tearing_down && inst->closing == 0) napi_remove_async_cleanup_hook(inst->cleanup);
}

static void close_poll(cs_poll *p) {
  if (p->closing) return;
  p->closing = true;
  unlink_poll(p);
  p->inst->closing++;
  uv_close((uv_handle_t *)&p->handle, on_close);
}

void cs_poll_teardown(cs_instance *inst) {
  while (inst->polls != NULL) close_poll(inst->polls);
}

static void finalize_external(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  cs_poll *p = data;
  p->unreachable = true;
  if (p->closed) free(p);
}

static void on_poll(uv_poll_t *handle, int status, int events) {
  (void)events;
  cs_poll *p = (cs_poll *)handle;
  if (p->closing) return;
  napi_env env = p->env;
  napi_handle_scope scope = NULL;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;
  napi_value cb = NULL, global = NULL, result = NULL;
  napi_value argv[1] = {cs_int32(env, status)};
  if (napi_get_reference_value(env, p->callback, &cb) == napi_ok && cb != NULL &&
      napi_get_global(env, &global) == napi_ok) {
    /* make_callback (not call_function): runs the microtasks the callback queued, as every libuv
     * callback in Node does, and keeps async_hooks context right. */
    napi_make_callback(env, p->async, global, cb, 1, argv, &result);
  }
  bool pending = false;
  if (napi_is_exception_pending(env, &pending) == napi_ok && pending) {
    napi_value err = NULL;
    napi_get_and_clear_last_exception(env, &err);
    napi_fatal_exception(env, err);
  }
  napi_close_handle_scope(env, scope);
}

static cs_poll *poll_arg(napi_env env, napi_value *argv, size_t argc) {
  napi_valuetype t;
  void *data = NULL;
  if (argc < 1 || napi_typeof(env, argv[0], &t) != napi_ok || t != napi_external ||
      napi_get_value_external(env, argv[0], &data) != napi_ok || data == NULL) {
    cs_throw_type_error(env, "argument 'poll' must be a handle returned by pollStart");
    return NULL;
  }
  return data;
}

/* pollStart(fd, callback(status), ref) -> handle */
static napi_value poll_start(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  int32_t fd = -1;
  bool ref = true;
  napi_valuetype t;
  if (!cs_arg_int32(env, argv, argc, 0, "fd", &fd)) return NULL;
  if (argc < 2 || napi_typeof(env, argv[1], &t) != napi_ok || t != napi_function) {
    cs_throw_type_error(env, "argument 'callback' must be a function");
    return NULL;
  }
  if (!cs_arg_bool(env, argv, argc, 2, "ref", &ref)) return NULL;

  uv_loop_t *loop = NULL;
  NAPI_CALL(env, napi_get_uv_event_loop(env, &loop));
  cs_poll *p = calloc(1, sizeof *p);
  if (p == NULL) {
    cs_throw_errno(env, ENOMEM, "malloc", NULL, NULL);
    return NULL;
  }
  p->env = env;
  p->inst = cs_instance_of(env);
  int rc = uv_poll_init(loop, &p->handle, fd);
  if (rc != 0) {
    free(p); /* uv_poll_init fails before registering the handle with the loop */
    cs_throw_errno(env, -rc, "uv_poll_init", NULL, "fd %d", fd);
    return NULL;
  }
  /* From here on the handle is known to the loop: every failure path goes through close_poll. */
  p->next = p->inst->polls;
  if (p->next != NULL) p->next->prev = p;
  p->inst->polls = p;

  napi_value name = NULL, external = NULL;
  if (napi_create_reference(env, argv[1], 1, &p->callback) != napi_ok ||
      napi_create_string_utf8(env, "corral.sys.poll", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_async_init(env, NULL, name, &p->async) != napi_ok) {
    cs_throw_last_napi_error(env, "pollStart");
    p->unreachable = true;
    close_poll(p);
    return NULL;
  }
  rc = uv_poll_start(&p->handle, UV_READABLE, on_poll);
  if (rc != 0) {
    p->unreachable = true;
    close_poll(p);
    cs_throw_errno(env, -rc, "uv_poll_start", NULL, "fd %d", fd);
    return NULL;
  }
  if (!ref) uv_unref((uv_handle_t *)&p->handle);
  if (napi_create_external(env, p, finalize_external, NULL, &external) != napi_ok) {
    p->unreachable = true;
    close_poll(p);
    cs_throw_last_napi_error(env, "napi_create_external");
    return NULL;
  }
  return external;
}

/* pollStop(handle): idempotent. */
static napi_value poll_stop(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  cs_poll *p = poll_arg(env, argv, argc);
  if (p == NULL) return NULL;
  close_poll(p);
  return NULL;
}

/* pollRef(handle, ref): whether this poll alone keeps the event loop (and the process) alive. */
static napi_value poll_ref(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  cs_poll *p = poll_arg(env, argv, argc);
  bool ref = true;
  if (p == NULL || !cs_arg_bool(env, argv, argc, 1, "ref", &ref)) return NULL;
  if (p->closing) return NULL;
  if (ref) uv_ref((uv_handle_t *)&p->handle);
  else uv_unref((uv_handle_t *)&p->handle);
  return NULL;
}

bool cs_register_poll(napi_env env, napi_value exports) {
  return cs_export(env, exports, "pollStart", poll_start) && cs_export(env, exports, "pollStop", poll_stop) &&
         cs_export(env, exports, "pollRef", poll_ref);
}
