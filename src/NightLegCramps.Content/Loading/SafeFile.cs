using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using NightLegCramps.Content.Checking;

namespace NightLegCramps.Content.Loading;

/// <summary>
/// Reads a content file only when it is a regular file that really lives inside the content folder.
/// A named pipe would block the reader until someone writes to it (forever), and a symbolic link could
/// publish any file the server can read; both are refused with a finding instead.
/// </summary>
internal static partial class SafeFile
{
    /// <returns>The bytes, or null when the file was refused or could not be read (the reason is a finding).</returns>
    public static byte[]? Read(string folder, string path, int maxBytes, FindingList findings)
    {
        if (Outside(folder, path) is { } target)
        {
            findings.Error(1, $"file is a link to {target}, outside the content folder; it is not read. Copy the file into the folder instead.");
            return null;
        }
        try
        {
            using var stream = OpenRegular(path);
            if (stream is null)
            {
                findings.Error(1, "file is not a regular file (a named pipe or a device); it is not read. Replace it with a normal Markdown file.");
                return null;
            }
            return ReadWithinLimit(stream, maxBytes, findings);
        }
        catch (IOException e)
        {
            // The next save raises another event, and the file is read again then.
            findings.Error(1, $"file could not be read ({e.Message}). Close it in other programs and save it again.");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            findings.Error(1, "file could not be read: permission denied. Check the file's permissions.");
            return null;
        }
    }

    /// <summary>
    /// Where a path really leads when that is outside the folder (through a link to a file, or a link to a
    /// folder on the way), or null when it stays inside.
    /// </summary>
    public static string? Outside(string folder, string path)
    {
        var root = RealPath(folder);
        var real = RealPath(path);
        var relative = Path.GetRelativePath(root, real);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? real
            : null;
    }

    /// <summary>The path with every link on the way resolved, as the operating system would follow it.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null ? null : RealPath(parent);
        var here = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        for (var hops = 0; hops < 40; hops++)
        {
            FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
            if (info.LinkTarget is not { } target) return here;
            here = Path.GetFullPath(target, Path.GetDirectoryName(here) ?? "/");
            here = Path.Combine(RealPath(Path.GetDirectoryName(here) ?? "/"), Path.GetFileName(here));
        }
        return here; // a loop of links: the open below fails and says so
    }

    /// <summary>
    /// Opens a file for reading without blocking: on Linux with O_NONBLOCK, so a named pipe opens at once and is
    /// then recognised by not being seekable. Returns null for anything that is not a regular file.
    /// </summary>
    private static FileStream? OpenRegular(string path)
    {
        FileStream stream;
        if (OperatingSystem.IsLinux())
        {
            const int ReadOnlyNonBlockingCloseOnExec = 0x800 | 0x80000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
            var fd = Open(path, ReadOnlyNonBlockingCloseOnExec);
            if (fd < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                throw errno is 13 or 1 ? new UnauthorizedAccessException() : new IOException(Marshal.GetPInvokeErrorMessage(errno));
            }
            stream = new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, bufferSize: 0);
        }
        else
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        if (stream.CanSeek) return stream;
        stream.Dispose();
        return null;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    private static byte[]? ReadWithinLimit(FileStream stream, int maxBytes, FindingList findings)
    {
        using var buffer = new MemoryStream((int)Math.Min(stream.Length, maxBytes));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                findings.Error(1, $"file is {Math.Max(stream.Length, buffer.Length + read):N0} bytes; the limit is {maxBytes:N0}. Split it into smaller pages.");
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
