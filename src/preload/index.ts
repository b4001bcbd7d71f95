/** The preload: exposes the contract as `window.diptych`, and nothing else. */
import '../core/zodConfig';
import { contextBridge, ipcRenderer } from 'electron';
import { contract } from '../core/api/contract';
import { buildPreloadApi } from './buildApi';

contextBridge.exposeInMainWorld('diptych', buildPreloadApi(contract, ipcRenderer));
