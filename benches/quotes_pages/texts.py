"""The texts of quotes_pages: real English news pages that two Python
packages ship as test data, fetched from the Python package index at run
time into a cache outside the repository (nothing of them is stored here).

* newspaper4k 0.9.6's source archive holds article texts (tests/data/txt)
  that its extractor wrote from news pages (CNN, Time, Wired, Fox 13, ...):
  used as they are.
* trafilatura 0.9.3's source archive holds whole HTML pages
  (tests/cache) of news sites (DW, Reuters, The Guardian, Nature, ...):
  turned into article text by trafilatura 2.3.1 (`extract()` with its
  defaults), installed with the pinned packages below in a virtual
  environment of the cache.

Every archive and every text is checked against the SHA-256 recorded here,
so the offsets of the labels always point into the same text; a mismatch
stops the build with the name of the file.

    NEWSMILL_BENCH_CACHE   cache folder (default: target/bench-data/quotes_pages)
"""
import hashlib
import json
import os
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
CACHE = os.environ.get('NEWSMILL_BENCH_CACHE',
                       os.path.join(REPO, 'target', 'bench-data', 'quotes_pages'))

ARCHIVES = {
    'newspaper4k-0.9.6.tar.gz': 'a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e',
    'trafilatura-0.9.3.tar.gz': '26d1164d033a171ec1eea83cfc052b9c94a7ffb15a91b94c5ac391d61e201f36',
}

# The extractor for the HTML pages, with the packages whose versions change
# its output.
EXTRACTOR = ['trafilatura==2.3.1', 'lxml==6.2.0', 'lxml_html_clean==0.4.6',
             'jusText==3.0.2', 'charset-normalizer==3.5.3', 'courlan==1.4.0',
             'htmldate==1.11.0']

# English news articles with quotation marks, chosen by reading the list of
# files (not the quotes): id -> file inside its archive.
NEWSPAPER = {
    'n4k-article_with_br': 'tests/data/txt/article_with_br.txt',
    'n4k-cnn_001': 'tests/data/txt/cnn_001.txt',
    'n4k-cnn_002': 'tests/data/txt/cnn_002.txt',
    'n4k-cnn_article': 'tests/data/txt/cnn_article.txt',
    'n4k-cnn_test_nlp': 'tests/data/txt/cnn_test_nlp.txt',
    'n4k-fox13now_001': 'tests/data/txt/fox13now_001.txt',
    'n4k-time_001': 'tests/data/txt/time_001.txt',
    'n4k-video_article_02': 'tests/data/txt/video_article_02.txt',
    'n4k-wired_001': 'tests/data/txt/wired_001.txt',
}
TRAFILATURA = {
    'tf-boingboing.net.millenials': 'tests/cache/boingboing.net.millenials.html',
    'tf-dw.com.colonial': 'tests/cache/dw.com.colonial.html',
    'tf-dw.com.uncork': 'tests/cache/dw.com.uncork.html',
    'tf-github.blog.spiceland': 'tests/cache/github.blog.spiceland.html',
    'tf-nationalgeographic.co.uk.goats': 'tests/cache/nationalgeographic.co.uk.goats.html',
    'tf-nature.com.telescope': 'tests/cache/nature.com.telescope.html',
    'tf-reuters.com.parasite': 'tests/cache/reuters.com.parasite.html',
    'tf-salon.com.emissions': 'tests/cache/salon.com.emissions.html',
    'tf-theguardian.com.academics': 'tests/cache/theguardian.com.academics.html',
    'tf-theplanetarypress.com.forestlands': 'tests/cache/theplanetarypress.com.forestlands.html',
    'tf-threatpost.com.android': 'tests/cache/threatpost.com.android.html',
    'tf-vancouversun.com.microsoft': 'tests/cache/vancouversun.com.microsoft.html',
    'tf-vice.com.amazon': 'tests/cache/vice.com.amazon.html',
    'tf-wikimediafoundation.org.turkey': 'tests/cache/wikimediafoundation.org.turkey.html',
}

# SHA-256 of every article text (UTF-8), filled in once from the first build.
TEXT_SHA256 = {
    'n4k-article_with_br': '59110af8d3359adff42710789f0f91d562f4a09507bdee6e5a926d721be08abc',
    'n4k-cnn_001': '33c99266270988e9b64a34a531d039d5e47f86dfe7ca17ee9adecea3f88b5312',
    'n4k-cnn_002': 'fab60a19657f17a6f0eb8c177a287a292e339e9549b87ca87e2611d6a8731fec',
    'n4k-cnn_article': '4c35bb2a00c00c343eae44207d34358f5e04c360c68e05b3da6813273eebb021',
    'n4k-cnn_test_nlp': '852c79b024e256be7e5eaca14c117d774f0fbac766ffed172559920482641ad7',
    'n4k-fox13now_001': '28bba81a4992aa4fce7914064b508b4c9d631450e16083d891dc8abe98b24415',
    'n4k-time_001': '18719fc732ab41a39f1f7cbcaf9d0623fde94330359f0a1b1286b6c1330ec50f',
    'n4k-video_article_02': '5a7a8d305d64e108250bb3649a1a0405e8867d53f228389609c05579a38bbaff',
    'n4k-wired_001': 'a1ffbcfad33f8d2b2cf129b10074e5968a86d7ba1b6dcfeae178fe0cb0109cc9',
    'tf-boingboing.net.millenials': '8c42a9a17387dbace2da5ab09b071f7288db96c5af2fc8eab7a16639d25d1257',
    'tf-dw.com.colonial': '6be2f3a3c7ed77372f57dc8706ceaddd1ffee91683c7c9db9e08de966eb30b1a',
    'tf-dw.com.uncork': '6426955feffef5a567d13e49f542e536f6f14367dd53d9dcbb125a4bf85a4f7f',
    'tf-github.blog.spiceland': 'd2047544722b6ecfea74cf084723834af35c84b5f1671ab9e68c7c58b63f9cf1',
    'tf-nationalgeographic.co.uk.goats': 'eb873c5e3af4f24b35cd4a9d34bd152f7187020816db2fd0fd4d17863126fb88',
    'tf-nature.com.telescope': 'e51a09617923fe655c5de08b173f59bb35410436a11ce3ddca449ce5f8f25ed9',
    'tf-reuters.com.parasite': 'eb0311a0b43d43b204e08cc82d152e8186e7707dcec50bc8d06a89b01095d3aa',
    'tf-salon.com.emissions': 'be11ac398f25f6310d57d8e29eb47b46b6382d8aefbd7d15be8dcb4e7ff6fef4',
    'tf-theguardian.com.academics': '92555588c7aac9b7dc00bfc10c2b1fa0f579d495e18047d2704e5963a8ef323b',
    'tf-theplanetarypress.com.forestlands': '49322b6e25e1f365ce8ab982c2e4f4abc57880d00de277e094449c8740c9a42e',
    'tf-threatpost.com.android': 'ad460c3e3cde81b1996f3b1967a84b3ba0ed616e97d02d0cdfccb58617f3aa70',
    'tf-vancouversun.com.microsoft': '3b9ab1b1627bf49f4dffc413a1a5f6b7b3fb4736b873231f25cf5c4b47af7020',
    'tf-vice.com.amazon': '7e6d36d164b2be80a925400a874d6e729c0417a72e347e97dd7b3a376149162a',
    'tf-wikimediafoundation.org.turkey': 'd710955328e820948f6b3af950458c769ba4cd9e667917de83a6bd88b46f1bcf',
}


def _sha256(data):
    return hashlib.sha256(data).hexdigest()


def fetch_archives():
    """Download the two source archives into the cache once; stop when
    one's SHA-256 is not the recorded one."""
    os.makedirs(CACHE, exist_ok=True)
    missing = [name for name in ARCHIVES if not os.path.exists(os.path.join(CACHE, name))]
    if missing:
        specs = [name[:-len('.tar.gz')].rsplit('-', 1) for name in missing]
        subprocess.run([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps',
                        '--no-binary', ':all:', '-d', CACHE] + [f'{p}=={v}' for p, v in specs],
                       check=True)
    for name, want in ARCHIVES.items():
        with open(os.path.join(CACHE, name), 'rb') as fh:
            got = _sha256(fh.read())
        if got != want:
            sys.exit(f'quotes_pages: {name} has SHA-256 {got}, expected {want}')


def _member(archive, path):
    with tarfile.open(os.path.join(CACHE, archive)) as tar:
        prefix = archive[:-len('.tar.gz')] + '/'
        return tar.extractfile(prefix + path).read()


def extractor_python():
    """The Python of the cache's virtual environment with the pinned
    extractor packages (made on first use, or when the pins change)."""
    venv = os.path.join(CACHE, 'venv')
    python = os.path.join(venv, 'bin', 'python')
    stamp = os.path.join(venv, 'pinned.txt')
    want = '\n'.join(EXTRACTOR)
    if not (os.path.exists(stamp) and open(stamp).read() == want):
        subprocess.run([sys.executable, '-m', 'venv', venv], check=True)
        subprocess.run([python, '-m', 'pip', 'install', '--quiet'] + EXTRACTOR, check=True)
        with open(stamp, 'w') as fh:
            fh.write(want)
    return python


_EXTRACT = '''
import sys, json, trafilatura
pages = json.load(sys.stdin)
print(json.dumps({k: trafilatura.extract(open(p, "rb").read()) or "" for k, p in pages.items()}))
'''


def _extract_pages():
    out_dir = os.path.join(CACHE, 'pages')
    os.makedirs(out_dir, exist_ok=True)
    paths = {}
    for aid, member in TRAFILATURA.items():
        path = os.path.join(out_dir, aid + '.html')
        if not os.path.exists(path):
            # Written aside and renamed, so that a build running at the same
            # time never reads a half-written page.
            part = f'{path}.{os.getpid()}'
            with open(part, 'wb') as fh:
                fh.write(_member('trafilatura-0.9.3.tar.gz', member))
            os.replace(part, path)
        paths[aid] = path
    done = subprocess.run([extractor_python(), '-c', _EXTRACT], input=json.dumps(paths),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def documents():
    """(id, text) of every article, sorted by id; texts checked by SHA-256."""
    fetch_archives()
    texts = {aid: _member('newspaper4k-0.9.6.tar.gz', m).decode('utf-8')
             for aid, m in NEWSPAPER.items()}
    texts.update(_extract_pages())
    bad = [aid for aid, t in texts.items()
           if aid in TEXT_SHA256 and _sha256(t.encode('utf-8')) != TEXT_SHA256[aid]]
    if bad:
        sys.exit('quotes_pages: these texts differ from the ones labelled: ' + ' '.join(sorted(bad)))
    return sorted(texts.items())


def split(ids):
    """Fixed before labelling: odd positions of the sorted ids are dev, even held."""
    dev = [a for k, a in enumerate(ids) if k % 2 == 0]
    held = [a for k, a in enumerate(ids) if k % 2 == 1]
    return dev, held


if __name__ == '__main__':
    for aid, text in documents():
        print(f"    '{aid}': '{_sha256(text.encode('utf-8'))}',")
