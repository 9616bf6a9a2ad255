// The deployment files the README offers are real: the nginx configuration passes `nginx -t`
// (Debian's nginx, which CI installs) with a throw-away certificate in place of the agency's.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const deploy = new URL('../deploy/', import.meta.url).pathname;

describe('deployment files', () => {
  it('should give an nginx configuration that nginx -t accepts', () => {
    const nginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
    assert.equal(nginx.error, undefined, 'nginx is installed (apt-get install nginx; .ci/run does)');
    const folder = mkdtempSync(join(tmpdir(), 'cf-nginx-'));
    try {
      const [cert, key] = [join(folder, 'cert.pem'), join(folder, 'key.pem')];
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=feedback.example.go.kr',
          '-keyout',
          key,
          '-out',
          cert,
        ],
        { stdio: 'ignore' }
      );
      const site = readFileSync(join(deploy, 'nginx.conf'), 'utf8')
        .replace('/etc/ssl/certs/feedback.example.go.kr.pem', cert)
        .replace('/etc/ssl/private/feedback.example.go.kr.key', key);
      writeFileSync(join(folder, 'site.conf'), site);
      writeFileSync(
        join(folder, 'nginx.conf'),
        `pid ${folder}/nginx.pid;\nerror_log ${folder}/error.log;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${folder};\n  proxy_temp_path ${folder};\n  include ${folder}/site.conf;\n}\n`
      );
      const check = spawnSync('nginx', ['-t', '-p', folder, '-c', join(folder, 'nginx.conf')], { encoding: 'utf8' });
      assert.equal(check.status, 0, check.stderr);
      assert.match(check.stderr, /syntax is ok/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('should give a systemd unit that migrates before it serves and stops on SIGTERM', () => {
    const unit = readFileSync(join(deploy, 'courtesy-feedback-collector.service'), 'utf8');
    assert.match(unit, /^ExecStartPre=.*courtesy-feedback-collector migrate$/m);
    assert.match(unit, /^ExecStart=.*courtesy-feedback-collector serve$/m);
    assert.match(unit, /^KillSignal=SIGTERM$/m);
    assert.match(unit, /^EnvironmentFile=/m);
  });
});
