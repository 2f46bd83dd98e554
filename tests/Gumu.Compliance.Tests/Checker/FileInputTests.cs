using System.Net.Sockets;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Checker;

/// <summary>
/// Only regular files are opened, and the time limit covers opening and reading: a named pipe in
/// a portal's upload folder or a stalled stream must cost one finding, never a hung check.
/// </summary>
public sealed class FileInputTests : IDisposable
{
    // Generous enough never to fire on a slow machine; it only turns a hang into a failure.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gumu-file-input-");

    public void Dispose() => _folder.Delete(recursive: true);

    [UnixFact]
    public async Task A_fifo_gets_GM0002_without_being_opened()
    {
        var fifo = Path.Combine(_folder.FullName, "report.txt");
        SpecialFiles.MakeFifo(fifo);

        var result = await new ReportChecker().CheckFileAsync(fifo).WaitAsync(HangGuard);

        result.Format.Should().Be("fifo");
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("GM0002");
        finding.Message.Should().Be("这不是普通文件（类型：fifo），未打开读取；请提交报告文件本身");
        finding.Location.Should().BeNull();
    }

    [UnixFact]
    public async Task A_link_to_a_fifo_is_judged_by_its_target()
    {
        var fifo = Path.Combine(_folder.FullName, "pipe");
        SpecialFiles.MakeFifo(fifo);
        var link = Path.Combine(_folder.FullName, "report.html");
        File.CreateSymbolicLink(link, fifo);

        var result = await new ReportChecker().CheckFileAsync(link).WaitAsync(HangGuard);

        result.Findings.Should().ContainSingle().Which.RuleId.Should().Be("GM0002");
    }

    [UnixFact]
    public async Task A_socket_and_a_device_get_GM0002_in_english_too()
    {
        var socketPath = Path.Combine(_folder.FullName, "upload.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        var checker = new ReportChecker(new ReportCheckerOptions { Check = new CheckOptions { Language = Language.English } });

        var onSocket = await checker.CheckFileAsync(socketPath).WaitAsync(HangGuard);
        var onDevice = await checker.CheckFileAsync("/dev/zero").WaitAsync(HangGuard);

        onSocket.Format.Should().Be("socket");
        onSocket.Findings.Should().ContainSingle().Which.Message.Should().Be("This is not a regular file (kind: socket) and was not opened; submit the report file itself");
        onDevice.Format.Should().Be("device");
        onDevice.Findings.Should().ContainSingle().Which.RuleId.Should().Be("GM0002");
    }

    [Fact]
    public async Task A_folder_given_as_a_file_gets_GM0002()
    {
        var result = await new ReportChecker().CheckFileAsync(_folder.FullName);

        result.Format.Should().Be("folder");
        result.Findings.Should().ContainSingle().Which.RuleId.Should().Be("GM0002");
    }

    [Fact]
    public async Task A_stream_that_never_answers_is_stopped_by_the_time_limit()
    {
        var checker = new ReportChecker(new ReportCheckerOptions { PerFileTimeout = TimeSpan.FromMilliseconds(200) });
        using var stalled = new StalledStream();

        var result = await checker.CheckAsync(stalled, "upload.html").WaitAsync(HangGuard);

        result.Findings.Should().ContainSingle().Which.Message.Should().Be("文件处理超时（上限 1 秒），已跳过", "a limit under a second is rounded up, never \"0 seconds\"");
    }

    /// <summary>A stream whose reads block until disposed and ignore cancellation, like a stalled network share.</summary>
    private sealed class StalledStream : Stream
    {
        private readonly ManualResetEventSlim _released = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            _released.Wait();
            return 0;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(Task.Run(() => Read([], 0, 0), CancellationToken.None));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _released.Set();
            if (disposing)
            {
                _released.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
