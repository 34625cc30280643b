/*
 * eventfd for cgroup v1 memory notifications (memory.oom_control via cgroup.event_control): the
 * kernel signals the eventfd on each OOM in the cgroup, and once more when the cgroup is removed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "corral_sys.h"

/* eventfd() -> fd (non-blocking, close-on-exec, counter mode) */
static napi_value eventfd_create(napi_env env, napi_callback_info info) {
  (void)info;
  int fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (fd < 0) {
    cs_throw_errno(env, errno, "eventfd", NULL, NULL);
    return NULL;
  }
  return cs_int32(env, fd);
}

/* eventfdRead(fd) -> the counter (bigint) since the last read, resetting it; null when it is 0. */
static napi_value eventfd_read_counter(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "fd", &fd)) return NULL;
  eventfd_t value = 0;
  ssize_t n;
  do n = read(fd, &value, sizeof value);
  while (n < 0 && errno == EINTR);
  if (n < 0) {
    if (errno == EAGAIN) return cs_null(env);
    cs_throw_errno(env, errno, "read", NULL, "eventfd %d", fd);
    return NULL;
  }
  napi_value out = NULL;
  NAPI_CALL(env, napi_create_bigint_uint64(env, value, &out));
  return out;
}

bool cs_register_eventfd(napi_env env, napi_value exports) {
  return cs_export(env, exports, "eventfd", eventfd_create) &&
         cs_export(env, exports, "eventfdRead", eventfd_read_counter);
}
