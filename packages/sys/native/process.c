/*
 * Subreaper, pidfds and waitid: how the shim collects the exit of a process it did not spawn
 * (runc's container init, reparented to us) without ever calling wait(-1), which would steal the
 * statuses libuv collects per pid for child_process children.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "corral_sys.h"

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif
#ifndef P_PIDFD
#define P_PIDFD 3
#endif

static napi_value set_child_subreaper(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  bool on = true;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_bool(env, argv, argc, 0, "enabled", &on)) return NULL;
  if (prctl(PR_SET_CHILD_SUBREAPER, on ? 1UL : 0UL, 0UL, 0UL, 0UL) != 0) {
    cs_throw_errno(env, errno, "prctl", NULL, "PR_SET_CHILD_SUBREAPER");
    return NULL;
  }
  return NULL;
}

static napi_value is_child_subreaper(napi_env env, napi_callback_info info) {
  (void)info;
  int on = 0;
  if (prctl(PR_GET_CHILD_SUBREAPER, (unsigned long)&on, 0UL, 0UL, 0UL) != 0) {
    cs_throw_errno(env, errno, "prctl", NULL, "PR_GET_CHILD_SUBREAPER");
    return NULL;
  }
  napi_value out = NULL;
  NAPI_CALL(env, napi_get_boolean(env, on != 0, &out));
  return out;
}

/* pidfdOpen(pid) -> fd. pidfd_open always sets O_CLOEXEC on the new fd. */
static napi_value pidfd_open(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t pid = 0;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "pid", &pid)) return NULL;
  long fd = syscall(SYS_pidfd_open, (pid_t)pid, 0U);
  if (fd < 0) {
    cs_throw_errno(env, errno, "pidfd_open", NULL, "pid %d", pid);
    return NULL;
  }
  return cs_int32(env, (int32_t)fd);
}

/* pidfdSendSignal(fd, sig): delivers to the very process the pidfd was opened on, or ESRCH. */
static napi_value pidfd_send_signal(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int32_t fd = -1, sig = 0;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "fd", &fd) || !cs_arg_int32(env, argv, argc, 1, "signal", &sig))
    return NULL;
  if (syscall(SYS_pidfd_send_signal, fd, sig, NULL, 0U) != 0) {
    cs_throw_errno(env, errno, "pidfd_send_signal", NULL, "fd %d signal %d", fd, sig);
    return NULL;
  }
  return NULL;
}

/* The exit as containerd records it: status = exit code, or 128 + signal. The reap time is the
 * container's exit time, so it is taken right here, next to the waitid that reaped it. */
static napi_value exit_status(napi_env env, const siginfo_t *si) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint64_t ns = (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;

  napi_value obj = NULL, reaped_at = NULL;
  NAPI_CALL(env, napi_create_object(env, &obj));
  bool exited = si->si_code == CLD_EXITED;
  NAPI_CALL(env, napi_set_named_property(env, obj, "pid", cs_int32(env, si->si_pid)));
  NAPI_CALL(env, napi_set_named_property(env, obj, "exitCode", exited ? cs_int32(env, si->si_status) : cs_null(env)));
  NAPI_CALL(env, napi_set_named_property(env, obj, "signal", exited ? cs_null(env) : cs_int32(env, si->si_status)));
  NAPI_CALL(env, napi_set_named_property(env, obj, "status", cs_int32(env, exited ? si->si_status : 128 + si->si_status)));
  NAPI_CALL(env, napi_create_bigint_uint64(env, ns, &reaped_at));
  NAPI_CALL(env, napi_set_named_property(env, obj, "reapedAt", reaped_at));
  return obj;
}

static int waitid_retry(idtype_t type, id_t id, siginfo_t *si, int options) {
  int rc;
  do {
    memset(si, 0, sizeof *si); /* WNOHANG with nothing ready leaves si_pid untouched: must read 0 */
    rc = waitid(type, id, si, options);
  } while (rc != 0 && errno == EINTR);
  return rc;
}

/* pidfdReap(fd) -> ExitStatus, or null while the process runs. Reaps: no zombie is left. */
static napi_value pidfd_reap(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "fd", &fd)) return NULL;
  siginfo_t si;
  if (waitid_retry(P_PIDFD, (id_t)fd, &si, WEXITED | WNOHANG) != 0) {
    if (errno == EAGAIN) return cs_null(env);
    cs_throw_errno(env, errno, "waitid", NULL, "P_PIDFD fd %d", fd);
    return NULL;
  }
  if (si.si_pid == 0) return cs_null(env);
  return exit_status(env, &si);
}

/* peekExited() -> pid of some exited child (left a zombie, WNOWAIT), or 0 when there is none. */
static napi_value peek_exited(napi_env env, napi_callback_info info) {
  (void)info;
  siginfo_t si;
  if (waitid_retry(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) != 0) {
    if (errno == ECHILD) return cs_int32(env, 0);
    cs_throw_errno(env, errno, "waitid", NULL, "P_ALL WNOWAIT");
    return NULL;
  }
  return cs_int32(env, si.si_pid);
}

/* reapPid(pid) -> ExitStatus, or null while it runs: waits for this one pid only. */
static napi_value reap_pid(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t pid = 0;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!cs_arg_int32(env, argv, argc, 0, "pid", &pid)) return NULL;
  if (pid <= 0) {
    cs_throw_type_error(env, "argument 'pid' must be a positive pid");
    return NULL;
  }
  siginfo_t si;
  if (waitid_retry(P_PID, (id_t)pid, &si, WEXITED | WNOHANG) != 0) {
    cs_throw_errno(env, errno, "waitid", NULL, "P_PID %d", pid);
    return NULL;
  }
  if (si.si_pid == 0) return cs_null(env);
  return exit_status(env, &si);
}

bool cs_register_process(napi_env env, napi_value exports) {
  return cs_export(env, exports, "setChildSubreaper", set_child_subreaper) &&
         cs_export(env, exports, "isChildSubreaper", is_child_subreaper) &&
         cs_export(env, exports, "pidfdOpen", pidfd_open) &&
         cs_export(env, exports, "pidfdSendSignal", pidfd_send_signal) &&
         cs_export(env, exports, "pidfdReap", pidfd_reap) && cs_export(env, exports, "peekExited", peek_exited) &&
         cs_export(env, exports, "reapPid", reap_pid);
}
