using System.Globalization;
using System.Text.RegularExpressions;
using Economic.Plugin.Tests.Host;
using Economic.StandIn;
using Microsoft.Data.Sqlite;

namespace Economic.Plugin.Tests.Acceptance;

public sealed partial class SampleHostProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Run_BuiltHost_ImportsDemoOrders()
    {
        await using var reference = await StandInServer.StartAsync();
        var expected = reference.GetAgreement(new StandInOptions().DemoGrantToken).Orders(OrderStatus.Sent).Count;
        using var folder = new TempFolder();
        var database = folder.Combine("smartpack.db");
        using var host = SampleHostProcess.Start(
            folder.Path, SummaryLine(), "--SampleHost:DatabasePath=" + database, "--urls", "http://127.0.0.1:0");

        var line = await host.WaitForLineAsync(StartTimeout);

        Assert.True(line is not null, $"The host printed no 'Installation demo: N orders imported' line. Output so far:\n{host.Output}");
        var imported = int.Parse(SummaryLine().Match(line).Groups["inserted"].Value, CultureInfo.InvariantCulture);
        Assert.True(expected > 0, "The reference stand-in has no demo orders.");
        Assert.Equal(expected, imported);
        Assert.Equal(expected, await CountOrdersAsync(database, "demo"));
    }

    private static async Task<long> CountOrdersAsync(string database, string installationId)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(connectionString.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM warehouse_orders WHERE installation_id = $installation";
        command.Parameters.AddWithValue("$installation", installationId);

        return (long)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex(@"^Installation demo: (?<inserted>\d+) orders imported", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryLine();
}
