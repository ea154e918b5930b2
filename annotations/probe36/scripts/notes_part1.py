"""probe36 corpus notes, W01-W07 (plastic surgery, burns unit, surgical wound clinic; all invented)."""

W01 = {"patient_id": "W01", "age": 63, "sex": "F", "notes": [
("2019-03-05", "Burns Unit Admission Assessment", """
BURNS UNIT - ADMISSION ASSESSMENT (Ward 7, Harrowfield General)
Mechanism: pt lowered R foot into bath run too hot (peripheral neuropathy, did not feel temp). Scald 04/03/19 approx 1400h. First aid at home: none. Brought in by neighbour.
PMHx: ESRD, haemodialysis 3x weekly (T/T/S) through L brachiocephalic AVF. T2DM - basal bolus insulin (Lantus 30u nocte + Novorapid w/ meals). HTN. No anticoag.
Burn: R foot dorsum + medial aspect, superficial partial thickness, blistered, pink moist base, brisk cap refill. TBSA ~2% (Lund & Browder). Plantar skin spared. No circumferential component.
Wt 91 kg, Ht 164 cm, BMI 33.8.
Plan:
- deroof blisters, Acticoat + gauze, elevate
- renal team aware, HD on ward
- VTE: heparin 5000 units SC BD, started this admission (first dose 04/03 evening), to lower abdo
- diabetic team re sugars (BM 14-19 today)
SHO burns, bleep 4417
"""),
("2019-03-23", "Burns Ward Dressing Change Note", """
Dressing chnage - day 19
R foot: Acticoat taken down, >90% epithelialised, small raw patch over 1st MTP approx 1x1cm, no slough, no cellulitis. Re-dressed Mepitel + Allevyn.
NEW: nursing staff flagged yesterday a very tender dark area L lower abdomen, in the zone where her BD heparin goes in. Today: 3.5 x 2 cm violaceous plaque, hard to palpate, central black patch ~8mm, lacy purple rim extending laterally. She says it is "burning, worse than the foot ever was". No fluctuance, afebrile, WCC 8.1.
Not a burn, not a haematoma (firm, no bruise pattern, not resolving).
Plan: heparin held - reg to review alternative. Photograph uploaded. Ask derm on-call to see Mon ?biopsy. Renal informed (Ca 2.61, PO4 2.2, PTH pending).
RN T. Ashdown / burns SHO
"""),
("2019-03-29", "Plastic Surgery Ward Round Note", """
Plastics WR (Mr Venn's team)
63F, day 25 post scald R foot, foot essentially healed.
Derm punched the plaque (L lower abdo) on 25/03 - report back: subcut arterioles calcified (von Kossa +ve), luminal thrombus, fat necrosis round them => calciphylaxis.
Derm note: lesion began 22/03 within the heparin injection field; the repeated SC heparin is the probable precipitant.
O/E plaque now 4 x 2.5 cm, eschar forming centrally, no spread to R side of abdomen.
Weight down, 88.5 kg, BMI 32.9.
Imp: calciphylaxis L lower abdomen (biopsy-proven) in HD pt on insulin.
Plan: no surgical debridement for now - dry eschar, keep intact. Renal to start sodium thiosulfate with HD. Heparin stopped; mechanical VTE only. Insulin to be given into upper arms going forward. Pain team r/v.
"""),
]}

W02 = {"patient_id": "W02", "age": 77, "sex": "M", "notes": [
("2021-01-19", "Burns Outpatient Assessment", """
Burns OPD - new referral
Referred by GP as "contact burn R flank from wheat bag, not healing".
Hx from pt + wife: chronic lumbar pain. Since Bonfire Night he has microwaved a wheat bag every evening and lain on it on the right side while watching TV, usually 1-2 h. The skin over the R flank went mottled brown at first (he thought nothing of it). About 3 weeks ago it became acutely painful, turned purple and then a black crust appeared. Pain keeps him awake.
PMH: ESRD on CAPD (4 exchanges), mechanical mitral valve on warfarin, target INR 3, gout. NOT diabetic.
O/E: R flank 6 x 4 cm area, central adherent black eschar 2.5 cm, dusky violaceous margin, net-like purple mottling extending toward the R loin. Indurated, very tender. Old reticulate brown pigmentation (erythema ab igne) around it.
Weight 72kg; BMI 24.1.
Imp: does not behave like a simple contact burn - pain out of proportion, livedoid rim, delayed onset weeks after the heat exposure started, PD + warfarin. Concern for calciphylaxis.
Plan: 4mm punch bx at the margin today (done, LA, 1 suture). Stop the wheat bag. Bx to path marked urgent. Inform renal (Dr Okonkwo).
"""),
("2021-01-27", "Burns Clinic Follow-up", """
Burns clinic f/u, Mr Aldous Penhallow
Histopath: arteriolar medial calcium in deep dermis/fat, intimal proliferation, micro-thrombi; special stains support this. Reported as calciphylaxis.
So: calciphylaxis R flank, in the patch of skin he toasted nightly with the wheat bag (thermal trigger). Pt and wife informed, understand.
Wound: eschar unchanged, rim slightly more purple, no infection. Bx site sutured, removed today.
Renal: plan sodium thiosulfate via PD? - they will discuss, warfarin to be reviewed by cardiology (mechanical valve, cannot simply stop).
Dressing: keep eschar dry, Inadine + dry gauze, change x3/wk by district nurses.
"""),
("2021-02-10", "Dressing Change Note", """
DN visit - wound care
Site: R flank
6.5x4cm, dry adherent eschar, no exudate, no odour, peri-wound skin intact.
Pain 7/10, oxycodone liquid helping at night.
Pt confirms wheat bag "gone in the bin". Using nothing hot on his back now.
Re-dressed Inadine/gauze/Mefix. Next visit Fri.
"""),
]}

W03 = {"patient_id": "W03", "age": 49, "sex": "F", "notes": [
("2023-08-15", "Burns Scar Clinic / OT Note", """
Burns therapy - scar management
Background: flame burn L forearm (chip pan fire, May 2023), deep dermal, tangential excision + STSG 1 June. Graft now mature-ish, hypertrophic ridging at the ulnar border.
Also: ESRD on HD (R arm AVF - garment NOT for right arm), T2DM on insulin (injects abdomen), BMI 41.0.
Today: custom-made pressure sleeve (wrist to just below axilla) FITTED TODAY. Top band sits round the upper L arm, mid-biceps level. Wear 23 h/day. Second garment ordered for washing.
Advised: report any numbness, swelling of hand, or skin breakdown under the garment edges.
Review 6-8 wks.
OT K. Merriweather
"""),
("2023-10-10", "Burns Scar Clinic Review", """
Scar clinic r/v - L arm
Pt c/o severe pain L upper arm since Mon 2 Oct, "right where the sleeve finishes". Has been wearing the garment day and night as asked; says the top band was tight from the start and left a deep groove every day.
O/E: L upper arm, circumferential groove at garment edge; on the medial/anterior aspect a 3 x 2 cm firm purple plaque with central dusky-grey necrosis and a lace-like purple halo. Exquisitely tender. Forearm graft itself unremarkable, no breakdown.
Not typical of a garment pressure sore (too painful, livedoid, indurated) - dialysis pt, ?calciphylaxis.
Plan: garment OFF, remove top band entirely. Refer plastics, they will biopsy. Bloods via HD unit.
"""),
("2023-10-24", "Plastic Surgery Clinic Letter", """
Dear Dr Lindqvist,
Re: Ms Roisin Faulkes
Roisin came back today to hear about the incisional biopsy from her left upper arm (taken 12 October). Pathology: calcium laid down within subcutaneous arteriolar walls; the lumina are thrombosed and the fat lobules necrotic. These findings establish calciphylaxis.
The plaque lies exactly under the upper band of her pressure garment, which she has worn continuously since it was fitted on 15 August, and we believe the sustained pressure localised the disease there. The garment has been discontinued for that arm; her forearm graft scar will be managed with silicone only.
Her weight is 97 kg (BMI 39.6). She remains on insulin and thrice weekly haemodialysis; the renal team have started sodium thiosulfate.
Plan: conservative dressings, review in 3 weeks, no debridement while the eschar is dry.
Kind regards,
Ms A. Dowling, Consultant Plastic Surgeon
"""),
]}

W04 = {"patient_id": "W04", "age": 71, "sex": "M", "notes": [
("2024-02-08", "Operative Note", """
OPERATION NOTE
Procedure: debridement L shin wound + split-thickness skin graft, donor R lateral thigh
Surgeon: Mr P. Ilesanmi (Reg) / Ass: FY2
Anaesthesia: GA + LMA. Abx: cefuroxime 1.5 g at induction.
Indication: 71M, fell from stepladder 12/01/24, laceration L anterior shin -> flap necrosis, 7 x 5 cm granulating defect after conservative mx. HD-dependent ESRD, AF on warfarin (bridged, INR 1.4 this am).
Findings: clean granulating bed, no exposed bone/tendon.
Steps: sharp debridement of wound edges + bed with curette to bleeding tissue. Haemostasis adrenaline soaks. STSG harvested from R lateral thigh, 0.012 inch (Zimmer), 8 x 6 cm, meshed 1.5:1. Graft applied, stapled, Jelonet, proflavine wool, crepe. Donor: Kaltostat + Mefix.
EBL minimal. No complications.
Post-op: elevate, first look day 5, donor left intact 10-14 days. Restart warfarin tonight.
"""),
("2024-02-20", "Plastic Surgery Dressing Clinic", """
Dressings clinic - graft check
L shin graft: ~95% take, small area loss at inferior edge 1 cm, clean. Staples out. Jelonet + crepe.
R thigh donor: Kaltostat lifted off easily, epithelialised, pink and dry. Moisturise BD.
HD going fine, no issues. Wt 80kg, BMI 27.2.
D/c from dressing clinic, to DN for shin. Plastics review 8 wks.
"""),
("2024-04-16", "Plastic Surgery Outpatient Review", """
Plastics OPD
Shin graft: stable, fully healed.
New problem: R thigh pain since Easter Sunday. Says the old graft donor patch "went purple and then black" and hurts whatever he does, can't lie on his R side.
O/E: within the boundary of the healed donor site on the R lateral thigh there is a stellate purplish plaque of 5x4cm, central black necrosis 2 cm, firm and tender, with reticulate livedo around. Margins of the lesion follow the old donor rectangle fairly precisely. No cellulitis.
DDx: donor site breakdown unusual this late and this painful; on HD + warfarin -> calciphylaxis favoured, ?warfarin necrosis.
Plan: punch bx (4mm) from lesion edge, done today under LA. Urgent to histo. Dx discussed with renal.
"""),
("2024-04-25", "Plastic Surgery Telephone Clinic", """
Telephone review - biopsy result
Histology of R lateral thigh lesion: calciphylaxis, with circumferential vascular calcification and thrombotic occlusion; no features of warfarin necrosis.
Explained to pt. The lesion arose in the healed STSG donor site harvested on 8 Feb; the surgical wound is considered the local trigger.
Renal switching him off warfarin to apixaban after cardiology advice; STS started with HD.
Wound plan: no further surgery on thigh, dressings via DN. F2F in 4 wks.
"""),
]}

W05 = {"patient_id": "W05", "age": 68, "sex": "F", "notes": [
("2019-08-06", "Surgical Wound Clinic New Patient", """
WOUND CLINIC - NEW PT
Ref: PCP, "traumatic leg ulcer not healing"
HPI: On July 4th, at her son's cookout, she caught her right shin on the trailer hitch of his boat. Small skin tear, bled a bit, cleaned it herself. Was healing OK at first. About 2 weeks ago the area darkened, got very painful and broke down, leaving an open sore that has a black middle.
PMH: ESRD on peritoneal dialysis (CCPD nightly), type 2 diabetes - diet-controlled, A1c 6.4, HTN, OSA. No anticoagulants.
Wt 79 kg, Ht 163 cm, BMI 29.8.
Exam: R anterior shin, mid third: 31x24mm ulcer, eschar ~80%, remainder yellow slough; surrounding 2 cm of dusky violaceous induration with a livedo pattern. Severe pain to light touch. DP/PT palpable.
A/P: traumatic wound with atypical features. Differentials: infected skin tear, venous/arterial ulcer (pulses ok, no venous changes), calciphylaxis given PD. Will get ABIs, x-ray. Bx if not improving.
Dressing: Santyl + foam, changed every other day by home health.
"""),
("2019-08-20", "Surgical Wound Clinic Follow-up", """
Wound clinic - 2 wk recheck
Ulcer on R shin has enlarged, now 3.8x2.9cm, eschar extending, new retiform purpuric satellite 1 cm proximal. Pain 9/10.
ABI 1.05 R. X-ray: no osteomyelitis, fine vascular calcification in soft tissues.
Procedure: 2 punch biopsies (4mm) from ulcer edge + purpuric satellite under lidocaine. Tolerated.
Rx: change to Medihoney + foam, hold Santyl. Pt to call renal NP re phosphorus.
RTC 2 wks or sooner with results.
"""),
("2019-09-03", "Plastic Surgery Consultation", """
Plastic surgery consult, requested by wound clinic
68 yo F w/ R anterior shin ulcer starting late July, at the site where she struck the boat hitch on 7/4/2019. Punch bx 8/20: dermal & subcutaneous arteriolar calcification, thrombi, fat necrosis = CALCIPHYLAXIS.
Now: 4 x 3 cm, dry eschar, minimal drainage. She is obese (BMI 30.4 today, up a little) and on CCPD.
Assessment: calciphylaxis (proven on biopsy), R shin - it developed where the hitch injury was.
Recommendation: not a candidate for grafting at this stage; eschar acting as biological dressing. Sodium thiosulfate per nephrology. Revisit debridement once demarcated. Home health for dressings.
"""),
]}

W06 = {"patient_id": "W06", "age": 55, "sex": "M", "notes": [
("2021-10-05", "Plastic Surgery Inpatient Consult", """
PLASTICS CONSULT
Reason: bilateral thigh necrotic wounds, ?debridement
55M, ESRD, on PD (CCPD x 3 yrs), T2DM; started on insulin in May 2021 (Toujeo + Humalog), self-injects both anterior thighs ("I don't like doing my stomach").
Wounds appeared in September 2021 - initially hard painful lumps on both anterior thighs, then purple mottling and black skin. Admitted 2 days ago with pain + poor oral intake.
Derm punch biopsy 28/09/2021 (L thigh): calciphylaxis, confirmed on von Kossa.
O/E: R anterior thigh eschar 9x6cm, retiform purpura at its periphery; L anterior thigh two confluent eschars total 12 x 7 cm, boggy at lateral edge w/ malodour and slough.
Wt 112 kg, BMI 36.5.
Imp: biopsy-proven calciphylaxis bilateral thighs, exactly where he has been injecting insulin since May. L thigh looks infected.
Plan: theatre Fri for excisional debridement L>R, NPWT. Insulin injection sites to change to the upper arms, no further thigh injections. Renal re STS.
"""),
("2021-10-08", "Operative Note", """
Procedure: excisional debridement bilateral anterior thigh wounds; application of NPWT (L)
Surgeon: Miss E. Carvalho. Anaesthetic: GA.
Findings: L thigh - liquefied fat under eschar, necrosis down to but not through fascia, 14 x 9 cm after debridement; thrombosed subcut vessels, gritty on cutting. R thigh - dry eschar, limited debridement of loose edges only, 9 x 6 cm.
Specimens: L thigh tissue for micro + histo.
NPWT 125 mmHg continuous to L. R: Inadine + ABD.
Plan: NPWT change Mon/Thu on ward. Abx per micro.
"""),
("2021-11-02", "Surgical Follow-up Clinic", """
Post-op review, thighs
L thigh: granulating 80%, some grey calcified nodules palpable in base; NPWT continuing. R thigh: eschar lifting at edges.
Interval: PD catheter removed 20/10 for peritonitis; now haemodialysis via R IJ tunnelled line, MWF. Thiosulfate with HD.
Insulin now into the arms only.
Wt 107 kg, BMI 34.9.
Plan: continue NPWT 2 more weeks, consider STSG to L if bed stays clean. Next review 2/52.
"""),
]}

W07 = {"patient_id": "W07", "age": 80, "sex": "F", "notes": [
("2023-01-03", "Burns Unit Assessment", """
BURNS ASSESSMENT - ED referral
80F. Dozed off on the bathroom floor on New Year's Eve, slumped against the radiator, for an unknown time (? 2-3 h) before her son found her.
Burn: L buttock, contact burn, 8 x 6 cm, mixed depth - central deep dermal (fixed white, no cap refill), periphery superficial partial. TBSA 1%.
PMHx: HD-dependent ESRD (Mon/Wed/Fri, satellite unit), AF - on apixaban (was on warfarin until 2018), osteoporosis. No diabetes.
Wt 55 kg, BMI 22.0.
Plan: admit? - declined, prefers home. Burns dressing clinic: Flamazine to deep area, Mepitel/Allevyn. Reassess depth day 10 -> ?excision + graft if not healing. Falls assessment via GP.
"""),
("2023-01-30", "Burns Dressing Clinic", """
Burns dressing clinic
L buttock contact burn day 30. Edges had been epithelialising nicely (last visit 17/01).
About 10 days ago - new severe stabbing pain in the buttock, son noticed purple "netting" spreading from the burn, now black patches.
O/E: burn area 7 x 5 cm, central eschar now 4 cm and extending; surrounding 3 cm zone of violaceous retiform purpura with two new black necrotic foci outside the original burn margin. Indurated, very tender. Not like an evolving burn. Dialysis pt.
Plan: discussed with burns consultant (Mr Hallgrimsson) - concern for calciphylaxis developing within the burn. Punch bx done at the purpuric margin. Hold off excision/grafting. Analgesia.
"""),
("2023-02-07", "Burns Consultant Clinic", """
Consultant review - Mrs Ivy Tresidder
Histology (bx 30/01): vessel wall calcium in the subcutaneous fat plus thrombi; pathologist reports calciphylaxis. No features of burn-related ischaemia alone.
Summary: calciphylaxis of the L buttock arising in the bed of a contact burn from 31 Dec 2022, onset of the new necrosis about 20 Jan.
Discussed with nephrology - STS started, PTH and phosphate being optimised.
Surgery: not for excision at present. Keep eschar dry and stable.
"""),
]}

PATIENTS = [W01, W02, W03, W04, W05, W06, W07]
