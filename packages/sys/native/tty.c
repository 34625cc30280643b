/* Terminal size of a pty master: the shim's ResizePty is TIOCSWINSZ on the master runc handed us. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>

#include "corral_sys.h"

/* setWinsize(fd, rows, cols) */
static napi_value set_winsize(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  int32_t fd = -1, rows = 0, cols = 0;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "fd", &fd) || !cs_arg_int32(env, argv, argc, 1, "rows", &rows) ||
      !cs_arg_int32(env, argv, argc, 2, "cols", &cols))
    return NULL;
  if (rows < 0 || rows > 0xffff || cols < 0 || cols > 0xffff) {
    napi_throw_range_error(env, "ERR_OUT_OF_RANGE", "rows and cols must be within 0..65535");
    return NULL;
  }
  struct winsize ws;
  memset(&ws, 0, sizeof ws);
  ws.ws_row = (unsigned short)rows;
  ws.ws_col = (unsigned short)cols;
  if (ioctl(fd, TIOCSWINSZ, &ws) != 0) {
    cs_throw_errno(env, errno, "ioctl", NULL, "TIOCSWINSZ fd %d", fd);
    return NULL;
  }
  return NULL;
}

/* getWinsize(fd) -> { rows, cols } */
static napi_value get_winsize(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "fd", &fd)) return NULL;
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) {
    cs_throw_errno(env, errno, "ioctl", NULL, "TIOCGWINSZ fd %d", fd);
    return NULL;
  }
  napi_value obj = NULL;
  NAPI_CALL(env, napi_create_object(env, &obj));
  if (!cs_set_int32(env, obj, "rows", ws.ws_row) || !cs_set_int32(env, obj, "cols", ws.ws_col)) {
    cs_throw_last_napi_error(env, "getWinsize");
    return NULL;
  }
  return obj;
}

bool cs_register_tty(napi_env env, napi_value exports) {
  return cs_export(env, exports, "setWinsize", set_winsize) && cs_export(env, exports, "getWinsize", get_winsize);
}
