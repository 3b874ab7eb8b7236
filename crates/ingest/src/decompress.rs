use crate::format::Compression;
use std::io::{self, BufRead, BufReader, Read};

/// A buffered reader of the decompressed bytes of `inner`.
pub fn open(
    inner: Box<dyn Read + Send>,
    compression: Compression,
) -> io::Result<Box<dyn BufRead + Send>> {
    const BUFFER: usize = 256 * 1024;
    Ok(match compression {
        Compression::None => Box::new(BufReader::with_capacity(BUFFER, inner)),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            BUFFER,
            flate2::read::MultiGzDecoder::new(BufReader::new(inner)),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(BUFFER, ZstdFrames::new(inner))),
    })
}

/// Reads every zstd frame of a stream in turn (the `zstd` tool may write
/// several), so a concatenated file decodes whole.
struct ZstdFrames {
    source: Option<BufReader<Box<dyn Read + Send>>>,
    frame: Option<
        ruzstd::decoding::StreamingDecoder<
            BufReader<Box<dyn Read + Send>>,
            ruzstd::decoding::FrameDecoder,
        >,
    >,
}

impl ZstdFrames {
    fn new(inner: Box<dyn Read + Send>) -> Self {
        ZstdFrames {
            source: Some(BufReader::new(inner)),
            frame: None,
        }
    }
}

impl Read for ZstdFrames {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(frame) = self.frame.as_mut() {
                let read = frame.read(buf)?;
                if read > 0 || buf.is_empty() {
                    return Ok(read);
                }
                let finished = self.frame.take();
                self.source = finished.map(|decoder| decoder.into_inner());
            }
            let Some(mut source) = self.source.take() else {
                return Ok(0);
            };
            if source.fill_buf()?.is_empty() {
                return Ok(0);
            }
            let decoder = ruzstd::decoding::StreamingDecoder::new(source)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
            self.frame = Some(decoder);
        }
    }
}
