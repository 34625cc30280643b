/*
 * pipe(): a real pipe for a container's stdio. Node can only make socketpairs for child stdio, and
 * inside a container a socket on fd 1 breaks `open("/dev/stdout")` (ENXIO), which many images rely
 * on; containerd gives its processes os.Pipe()s for the same reason.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "corral_sys.h"

/* pipe() -> [readFd, writeFd], close-on-exec, blocking (whoever wraps one end makes it non-blocking;
 * the other end is a separate open file description and stays blocking for the child). */
static napi_value make_pipe(napi_env env, napi_callback_info info) {
  (void)info;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    cs_throw_errno(env, errno, "pipe2", NULL, NULL);
    return NULL;
  }
  napi_value arr = NULL;
  if (napi_create_array_with_length(env, 2, &arr) != napi_ok ||
      napi_set_element(env, arr, 0, cs_int32(env, fds[0])) != napi_ok ||
      napi_set_element(env, arr, 1, cs_int32(env, fds[1])) != napi_ok) {
    close(fds[0]);
    close(fds[1]);
    cs_throw_last_napi_error(env, "pipe");
    return NULL;
  }
  return arr;
}

bool cs_register_pipe(napi_env env, napi_value exports) {
  return cs_export(env, exports, "pipe", make_pipe);
}
