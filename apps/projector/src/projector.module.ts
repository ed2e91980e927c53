import { Module } from '@nestjs/common';
import { ProjectorService } from './projector.service';

/** The projector: consumers that build the read models. Runs alone or inside the API process. */
@Module({ providers: [ProjectorService], exports: [ProjectorService] })
export class ProjectorModule {}
