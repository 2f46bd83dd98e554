using System.Buffers.Binary;

namespace Gumu.SampleBuilder.Inputs;

/// <summary>
/// A minimal, valid OLE compound file (MS-CFB version 3) holding one "WordDocument" stream that
/// starts with a Word 97 file information block: what a legacy .doc looks like to a sniffer.
/// Layout: header, sector 0 = FAT, sector 1 = directory, sectors 2–9 = the stream.
/// </summary>
internal static class CompoundFile
{
    private const int SectorSize = 512;

    private const uint FreeSector = 0xFFFFFFFF;

    private const uint EndOfChain = 0xFFFFFFFE;

    private const uint FatSector = 0xFFFFFFFD;

    private const uint NoStream = 0xFFFFFFFF;

    // At least the 4,096-byte mini stream cutoff, so the stream lives in regular sectors.
    private const int StreamSectors = 8;

    public static byte[] LegacyWordDocument()
    {
        var file = new byte[SectorSize * (1 + 2 + StreamSectors)];
        var header = file.AsSpan(0, SectorSize);
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 0x0003); // major version 3: 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE); // little-endian byte order mark
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);      // sector shift: 2^9
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);      // mini sector shift: 2^6
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);      // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);      // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);   // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain); // no DIFAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x4C..], 0);      // DIFAT[0]: the FAT is sector 0
        for (var i = 1; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (4 * i))..], FreeSector);
        }

        var fat = Sector(file, 0);
        for (var i = 0; i < SectorSize / 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], FreeSector);
        }

        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);
        for (var s = 2; s < 2 + StreamSectors; s++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * s)..], s == 1 + StreamSectors ? EndOfChain : (uint)(s + 1));
        }

        var directory = Sector(file, 1);
        DirectoryEntry(directory[..128], "Root Entry", type: 5, child: 1, start: EndOfChain, size: 0);
        DirectoryEntry(directory[128..256], "WordDocument", type: 2, child: NoStream, start: 2, size: StreamSectors * SectorSize);
        for (var unused = 2; unused < 4; unused++)
        {
            var entry = directory[(128 * unused)..(128 * (unused + 1))];
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], NoStream);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], NoStream);
        }

        // The stream opens with a Word 97–2003 FIB base: wIdent 0xA5EC, nFib 193, lid zh-CN.
        var stream = Sector(file, 2);
        BinaryPrimitives.WriteUInt16LittleEndian(stream, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(stream[2..], 0x00C1);
        BinaryPrimitives.WriteUInt16LittleEndian(stream[6..], 0x0804);
        return file;
    }

    private static Span<byte> Sector(byte[] file, int index) => file.AsSpan(SectorSize * (index + 1), SectorSize);

    private static void DirectoryEntry(Span<byte> entry, string name, byte type, uint child, uint start, uint size)
    {
        for (var i = 0; i < name.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(entry[(2 * i)..], name[i]);
        }

        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)((name.Length + 1) * 2)); // with the terminating NUL
        entry[0x42] = type;
        entry[0x43] = 1; // black (red-black tree colour)
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], NoStream); // left sibling
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], NoStream); // right sibling
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x78..], size);
    }
}
