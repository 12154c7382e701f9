using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using BriefingSite.Cli;

namespace BriefingSite.Tests.Serve;

public sealed class ServeCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("serve-command-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task A_taken_port_gives_a_message_naming_it_and_how_to_choose_another_and_exit_code_2()
    {
        // Given something already listening on a port of 127.0.0.1
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        // When `briefing serve --port` names that port
        var (code, output, errors) = await InvokeAsync("serve", "--port", port.ToString(), "--articles", root, "--content", Path.Combine(root, "input"), "--output", Path.Combine(root, "output"));

        // Then it says so in one line, without a stack trace, and exits with 2
        Assert.Equal(2, code);
        Assert.Equal($"error: port {port} on 127.0.0.1 is already in use; try --port {port + 1} or --port 0", errors.Trim());
        Assert.DoesNotContain(" at ", errors, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(Path.Combine(root, "output")), "no build should run when the server cannot listen");
    }

    [Fact]
    public async Task A_port_out_of_range_is_refused_with_exit_code_2()
    {
        var (code, _, errors) = await InvokeAsync("serve", "--port", "70000", "--articles", root);

        Assert.Equal(2, code);
        Assert.Contains("--port must be between 0 and 65535", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_server_ends_the_command_with_exit_code_0()
    {
        // Given `briefing serve --port 0` on an empty articles folder
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var run = Commands.Create().Parse(["serve", "--port", "0", "--articles", root, "--content", Path.Combine(root, "input"), "--output", Path.Combine(root, "output")])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Synchronized(output), Error = TextWriter.Synchronized(new StringWriter()) }, stop.Token);
        Assert.True(await ServedSite.EventuallyAsync(() => output.ToString().Contains("Ctrl+C stops", StringComparison.Ordinal)), "the server did not start:\n" + output);

        // When it is stopped (as Ctrl+C does)
        await stop.CancelAsync();

        // Then the command ends cleanly, having printed where it served
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Matches(@"serving \S+/output/ at http://127\.0\.0\.1:\d+/ ", output.ToString());
    }

    private static async Task<(int Code, string Output, string Errors)> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await Commands.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
        return (code, output.ToString(), errors.ToString());
    }
}
