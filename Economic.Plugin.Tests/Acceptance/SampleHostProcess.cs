using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Economic.Plugin.Tests.Acceptance;

/// <summary>
/// The sample host's build output started with <c>dotnet SmartPack.SampleHost.dll</c> as a child process,
/// with its standard output and error collected. Dispose kills the whole process tree.
/// </summary>
internal sealed class SampleHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly StringBuilder _output = new();
    private readonly Regex _awaited;
    private readonly TaskCompletionSource<string?> _line = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SampleHostProcess(Process process, Regex awaited)
    {
        _process = process;
        _awaited = awaited;
    }

    /// <summary>The host assembly in the sample host's own build output, for the configuration and framework of this test run.</summary>
    public static string AssemblyPath
    {
        get
        {
            var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
            var root = output;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Economic.sln")))
            {
                root = root.Parent;
            }

            var repository = root?.FullName ?? throw new InvalidOperationException($"No folder above {output.FullName} contains Economic.sln.");
            return Path.Combine(repository, "samples", "SmartPack.SampleHost", "bin", output.Parent!.Name, output.Name, "SmartPack.SampleHost.dll");
        }
    }

    /// <summary>Starts the host in <paramref name="workingDirectory"/> and watches its output for a line matching <paramref name="awaited"/>.</summary>
    public static SampleHostProcess Start(string workingDirectory, Regex awaited, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new SampleHostProcess(process, awaited);
        process.OutputDataReceived += (_, line) => host.Receive(line.Data);
        process.ErrorDataReceived += (_, line) => host.Receive(line.Data);
        process.Exited += (_, _) => host._line.TrySetResult(null);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        return host;
    }

    /// <summary>Everything the host wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Returns the first matching line, or null when the host exited or <paramref name="timeout"/> passed first.</summary>
    public async Task<string?> WaitForLineAsync(TimeSpan timeout)
    {
        try
        {
            return await _line.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }

        if (_awaited.IsMatch(line))
        {
            _line.TrySetResult(line);
        }
    }
}
