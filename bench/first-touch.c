// What touching new memory costs on this machine: maps <megabytes> of anonymous memory, writes one byte in each 4 KB
// page (each write faults a page in), then writes the whole range again (no faults), and prints both times.
// Usage: gcc -O2 -o /tmp/first-touch bench/first-touch.c && /tmp/first-touch 1024 0   (1 for madvise(MADV_HUGEPAGE))
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: first-touch <megabytes> <huge pages: 0 or 1>\n");
        return 2;
    }

    size_t size = (size_t)atol(argv[1]) << 20, huge = (size_t)2 << 20;
    char *mapped = mmap(NULL, size + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) {
        perror("mmap");
        return 1;
    }

    char *memory = (char *)(((size_t)mapped + huge - 1) & ~(huge - 1));
    if (atoi(argv[2])) {
        madvise(memory, size, MADV_HUGEPAGE);
    }

    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (size_t at = 0; at < size; at += 4096) {
        memory[at] = 1;
    }
    printf("%s pages, %zu MB: first touch %.3f s\n", atoi(argv[2]) ? "huge" : "4 KB", size >> 20, seconds_since(&start));

    clock_gettime(CLOCK_MONOTONIC, &start);
    memset(memory, 2, size);
    printf("  written again: %.3f s\n", seconds_since(&start));
    return 0;
}
