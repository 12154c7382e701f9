#!/usr/bin/env python3
# How fast this machine's file system creates files: 20,000 files of 15 KB, by one thread, by two into one folder,
# or by two into two folders; prints wall, user and system time. Two threads into one folder can also write each file
# as a temporary file renamed (`two-same-renamed`, as `input/` was written before the twenty-fifth session) or as an
# unnamed file given its name (`two-same-unnamed`, O_TMPFILE then a link, as `input/` is written since).
# Usage: bench/file-creation.py one|two-same|two-dirs|two-same-renamed|two-same-unnamed <new-folder> <count>
import ctypes, os, sys, threading, time, resource
mode, base, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = b'x'*15000
os.makedirs(base)

def plain(d, i):
    with open(os.path.join(d, f'page-{i}.html'), 'wb') as f: f.write(data)

def renamed(d, i):
    temporary = os.path.join(d, f'.page-{i}.html.tmp')
    with open(temporary, 'xb') as f: f.write(data)
    os.rename(temporary, os.path.join(d, f'page-{i}.html'))

libc = ctypes.CDLL(None, use_errno=True)
def unnamed(d, i):
    # os.link calls link(), which does not follow /proc/self/fd/N; linkat with AT_SYMLINK_FOLLOW does, as the tool calls it.
    fd = os.open(d, os.O_TMPFILE | os.O_WRONLY, 0o666)
    try:
        os.write(fd, data)
        if libc.linkat(-100, f'/proc/self/fd/{fd}'.encode(), -100, os.path.join(d, f'page-{i}.html').encode(), 0x400) != 0:
            raise OSError(ctypes.get_errno(), 'linkat')
    finally:
        os.close(fd)

write = {'two-same-renamed': renamed, 'two-same-unnamed': unnamed}.get(mode, plain)
def work(d, idx):
    for i in idx: write(d, i)

t0=time.time(); r0=resource.getrusage(resource.RUSAGE_SELF)
if mode=='one':
    os.makedirs(base+'/a'); work(base+'/a', range(n))
elif mode.startswith('two-same'):
    os.makedirs(base+'/a')
    ts=[threading.Thread(target=work,args=(base+'/a',range(k,n,2))) for k in (0,1)]
    [t.start() for t in ts]; [t.join() for t in ts]
elif mode=='two-dirs':
    os.makedirs(base+'/a'); os.makedirs(base+'/b')
    ts=[threading.Thread(target=work,args=(base+'/'+dd,range(k,n,2))) for k,dd in ((0,'a'),(1,'b'))]
    [t.start() for t in ts]; [t.join() for t in ts]
r1=resource.getrusage(resource.RUSAGE_SELF)
print(f'{mode}: wall {time.time()-t0:.2f} s user {r1.ru_utime-r0.ru_utime:.2f} sys {r1.ru_stime-r0.ru_stime:.2f}')
