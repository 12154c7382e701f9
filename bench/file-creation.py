#!/usr/bin/env python3
# How fast this machine's file system creates files: 20,000 files of 15 KB, by one thread, by two into one folder,
# or by two into two folders; prints wall, user and system time. Usage: bench/file-creation.py one|two-same|two-dirs <new-folder> <count>
import os, sys, threading, time, resource
mode, base, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = b'x'*15000
os.makedirs(base)
def work(d, idx):
    for i in idx:
        with open(os.path.join(d, f'page-{i}.html'), 'wb') as f: f.write(data)
t0=time.time(); r0=resource.getrusage(resource.RUSAGE_SELF)
if mode=='one':
    os.makedirs(base+'/a'); work(base+'/a', range(n))
elif mode=='two-same':
    os.makedirs(base+'/a')
    ts=[threading.Thread(target=work,args=(base+'/a',range(k,n,2))) for k in (0,1)]
    [t.start() for t in ts]; [t.join() for t in ts]
elif mode=='two-dirs':
    os.makedirs(base+'/a'); os.makedirs(base+'/b')
    ts=[threading.Thread(target=work,args=(base+'/'+dd,range(k,n,2))) for k,dd in ((0,'a'),(1,'b'))]
    [t.start() for t in ts]; [t.join() for t in ts]
r1=resource.getrusage(resource.RUSAGE_SELF)
print(f'{mode}: wall {time.time()-t0:.2f} s user {r1.ru_utime-r0.ru_utime:.2f} sys {r1.ru_stime-r0.ru_stime:.2f}')
