"""Helpers shared by the CI checks (.ci/reliability.py, .ci/scaleout.py, .ci/querybench.py)."""
import socket
import subprocess

violations = []


def violation(msg):
    """Records a broken guarantee; the check exits non-zero at the end if any were recorded."""
    violations.append(msg)
    print("VIOLATION:", msg, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc, grace=30):
    """Stops a child process politely (SIGTERM), then by force if it does not exit within grace seconds."""
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
