"""probe225 corpus notes, C01-C07 (infection prevention, line surveillance and the clinics around them; all invented)."""

C01 = {"patient_id": "C01", "age": 66, "sex": "F", "notes": [
("2023-03-14", "Infection Prevention - BSI Event Review", """
INFECTION PREVENTION - BLOODSTREAM EVENT WORKUP
Unit 6W (renal/med)    IP: Kirsten Amundsen RN CIC    Pt: 66 y/o F

Trigger: MRSA in 2/2 BCx sets drawn in the ED 3/6/23 (hosp day 1).
Central lines: R IJ tunneled HD cath (TDC), placed 2021 at an outside facility - her only CVC.
Background: ESRD on HD MWF via the TDC after two failed fistulas; DM2 on glargine 14 units qHS
(self-injects into her thighs); HTN; obesity, BMI 33.1. No home anticoagulant.
Inpt meds of note: vancomycin dosed after HD; heparin 5000 u subcut q8h for VTE ppx since
admit (3/6) - MAR lists the sites as lower abdomen, rotating R and L.
Tmax 38.9 on 3/6, now 37.1. WBC 14.8 -> 9.6. TTE: no vegetation.
Exit site today: dry crust, no purulence, tunnel not tender.
NHSN call: first positive culture on day 1 = present on admission; NOT a hospital-onset
CLABSI. Dialysis-unit event -> emailed Riverbend Dialysis IP for their own reporting.
Isolation: contact precautions for MRSA, signage checked, dedicated BP cuff + stethoscope in rm.
"""),
("2023-03-27", "Wound Care RN Consult", """
WOUND/OSTOMY RN CONSULT   03/27/2023
Reason: "new painful dark spot on her belly" per primary RN.
Pt says she first felt a hot, stinging patch 3 days ago on the R lower abd; now "the worst pain
I have ever had", 9/10, worse with any touch at all.
Assessment: R lower abdominal wall, below and to the right of the umbilicus: 6.0 x 4.2 cm
retiform purple plaque, stellate outline, w/ central black eschar 1.5 x 1.2 cm. Periwound
woody and indurated, no fluctuance, no drainage, no odor.
VS: T 36.9  HR 88  BP 151/70  SpO2 97% RA
Labs 3/26: Ca 9.9, Phos 7.4, PTH 912, Alb 2.6
Plan: NO sharp debridement. Nonadherent foam, change q3d and prn. Paged derm - concern for
calciphylaxis in ESRD pt. Contact precautions continue (MRSA) - supplies left in room.
"""),
("2023-03-31", "Dermatology Consult Follow-up", """
DERMATOLOGY - inpatient consult f/u
66F ESRD/HD, MRSA bacteremia from the TDC (POA), on vanc.
Path, 4 mm punch R lower abdomen (3/28): calcium deposits in the walls of small subcutaneous
arterioles, intimal fibroplasia, thrombi, lobular fat necrosis; von Kossa positive.
DX: calciphylaxis.
Exam: plaque same size, eschar now 2 cm, new livedo at its lateral edge.
Impression: biopsy-proven calciphylaxis of the R lower abdomen, which came up right in the
field where her SC heparin has been injected every 8 h since 3/6 - a koebnerized lesion at
injection trauma.
Recs:
- stop subcut heparin; SCDs instead (primary team agrees)
- sodium thiosulfate 25 g IV with each HD
- no further injections into the abdominal wall
- pain: hydromorphone per primary
- d/w renal re cinacalcet, stop calcium carbonate
"""),
]}

C02 = {"patient_id": "C02", "age": 58, "sex": "M", "notes": [
("2022-11-01", "Dialysis Unit Infection Control Note", """
Lakeshore Dialysis - Infection Control monthly review        11/01/22
Pt: 58M, in-center HD Tue/Thu/Sat, chair 14 (open floor).
Access: R forearm AVF, buttonhole cannulation - scab removal with sterile pick after
alcohol/CHG prep observed today, technique acceptable.
Hep B status: HBsAg neg (9/2022), anti-HBc neg, anti-HBs <10 -> non-immune. No HBV isolation.
Vaccination log:
 - Heplisav-B #1   10/04/2022   IM, L upper arm (deltoid)   lot 7QX41
 - Heplisav-B #2   11/01/2022   IM, L upper arm (deltoid)   given today post-tx
 - anti-HBs titer to be drawn 1-2 mo after dose 2
 - influenza vaccine: declined again this season, VIS given
Other: no MDRO history. No BCx in 90 days. No hospitalizations in 90 d.
Pre-HD: BP 162/88, HR 74 irreg, T 36.6, wt 84.0 kg (EDW 82.5).
PMH: ESRD 2/2 IgA nephropathy, AF on warfarin, HTN, gout. Not diabetic.
"""),
("2023-01-10", "Nephrology HD Rounding Note", """
Renal rounds - chairside, Lakeshore Dialysis   1/10/2023
S: c/o sore hard spot on his L upper outer arm since early December, now throbbing at night,
can't lie on his L side. No fever. Denies any bump or fall.
O: BP 148/80 HR 70 irreg. Wt 83.1 kg, BMI 27.4.
L lateral upper arm: 3.0 x 3.5 cm indurated violaceous plaque, dusky netlike rim, 8 mm
central black eschar, very TTP. R arm AVF: thrill present, no erythema.
Labs (1/3): Ca 10.2, Phos 6.8, PTH 1040, Alb 3.4, INR 2.9.
A: painful necrotic plaque L arm in ESRD pt on warfarin with a high Ca x P - calciphylaxis is the
top concern; ddx vasculitis, embolic.
P: urgent derm for bx; stop calcium acetate -> sevelamer; start cinacalcet 30; discuss a
warfarin alternative w/ cardiology; extend HD to 4.5 h.
"""),
("2023-01-24", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
58 M referred by renal for a L arm ulcer. Seen 1/17 and biopsied; returns for results.
Path (punch, L lateral upper arm, 1/17/23): subcutaneous arteriolar medial calcification with
thrombosis and septal fat necrosis - consistent with calciphylaxis.
Exam: eschar 1.1 cm, surrounding plaque 4 x 4 cm, firm, tender. No new lesions on the trunk
or legs.
Wt 82.0 kg, BMI 27.0.
Impression: calciphylaxis, L upper arm, uremic; on warfarin.
Plan:
1. STS 25 g IV 3x/wk during HD (arranged with the unit)
2. warfarin -> apixaban per cardiology 1/20
3. collagenase + foam; wound clinic weekly
4. gabapentin 100 mg after each HD for pain
RTC 3 wk.
"""),
]}

C03 = {"patient_id": "C03", "age": 71, "sex": "M", "notes": [
("2024-05-16", "Central Line Maintenance Audit", """
CENTRAL LINE MAINTENANCE BUNDLE AUDIT - MICU bed 12        16-May-2024
Auditor: P. Okafor, IP
Line: R femoral non-tunneled dialysis catheter (triple-lumen), inserted 05/11/24 at bedside by
MICU fellow, US-guided; insertion checklist complete (max barrier, CHG prep, time-out).
Line day 6. Indication: urgent HD - uremia, K 7.1 on arrival.
Checks:
 [x] dressing: CHG-gel transparent, dated 5/14 - lifting at medial edge, groin moist ->
     RN replaced it during audit
 [x] caps: alcohol caps on all hubs
 [x] CHG bathing charted daily
 [ ] daily necessity note - missing for 5/15
Skin at site: 3 mm pink rim at puncture, no drainage.
Feedback to charge RN. Recommend conversion to a tunneled IJ catheter once stable - femoral
site carries more infection risk with incontinence.
Pt: 71 M, BMI 30.0. Took warfarin 2016-2019 for a provoked DVT, off since.
"""),
("2024-05-21", "Nephrology Progress Note", """
Nephrology progress   5/21/24
71M, new ESRD (probably hypertensive nephrosclerosis, small echogenic kidneys), started HD
5/11 via R femoral temp cath.
Yesterday IR placed a R IJ tunneled HD catheter; femoral catheter pulled 5/20, tip not sent,
hemostasis without issue.
No DM (A1c 5.4). HTN on amlodipine. No anticoagulants now.
VS: T 36.8, HR 78, BP 138/76
Labs: BUN 48, K 4.6, Ca 8.4, Phos 6.1, PTH 590, Hgb 8.9
Plan: outpatient HD MWF at Fairhaven Dialysis; vein mapping and AVF referral; sevelamer
with meals; renal diet teaching done; d/c home tomorrow w/ home-health RN for meds.
"""),
("2024-06-07", "Infection Prevention - Insertion-Site Wound Review", """
IP REVIEW - possible insertion-site infection   6/7/2024
Referral: home-health RN worried about infection at the old R groin catheter site.
From the HH chart: wound first seen by the HH RN at her 6/3/24 visit - "black scab, purple
ring, very painful" at the R groin where the femoral HD catheter sat (5/11-5/20/24).
Today in clinic: R inguinal crease, 2.8 x 2.2 cm adherent black eschar with a violaceous
stellate border; livedo extending ~4 cm onto the upper medial thigh. No pus, no fluctuance,
no crepitus.
T 36.7, WBC 7.9, CRP 21. Swab: mixed skin flora only.
NHSN: no positive blood cx and line out >2 days -> no CLABSI; no operative procedure -> not an
SSI. Not reportable.
IP impression: looks noninfectious, pattern more vascular/necrotic than exit-site infection.
Walked pt over to derm same day; no empiric abx advised.
"""),
("2024-06-14", "Dermatology Consult", """
Derm consult (outpt, urgent)     14 June 2024
71 y/o M on HD since May. Seen 6/7 with a deep wedge bx; back for results.
Bx R inguinal (6/7/24): medial calcification and luminal thrombi of small vessels in the fat,
with necrosis; stains neg for organisms; tissue cx no growth.
Dx: calciphylaxis. The necrotic plaque arose precisely at the puncture site of his R femoral
dialysis catheter (in place 5/11 - 5/20/24) - a Koebner-type localization to procedural trauma.
BMI 30.0. Prior warfarin (stopped 2019).
Plan: STS with every HD; stop calcium-based binder; cinacalcet; hydrofiber dressing; pain
control; no femoral cannulation on either side going forward. RTC 2 wk, photos in chart.
"""),
]}

C04 = {"patient_id": "C04", "age": 54, "sex": "F", "notes": [
("2020-02-25", "SSI Surveillance Review", """
SURGICAL SITE INFECTION SURVEILLANCE - chart review, POD 14
Procedure: open ventral (umbilical) hernia repair w/ onlay mesh, 02/11/2020, Dr. Vasquez-Lind.
NHSN category HER; wound class I; duration 1 h 34 min; ASA 3.
Pt: 54 F, ESRD on PD (catheter exit site LLQ, unchanged); PD held one week post-op, low-volume
supine exchanges restarted 2/18. DM2 diet-controlled (A1c 6.4). BMI 36.2.
Periop: cefazolin 3 g within 60 min before incision; CHG shower x2; hair clipped, no razor.
Surgery clinic 2/24: midline incision well approximated, no drainage, no erythema. Afebrile.
PD effluent clear on 2/18 and 2/24 (cell count 40).
Surveillance window: 90 days (implant) -> through 5/11/2020.
Status: no SSI criteria met to date. Will re-review at 30 and 90 d.
"""),
("2020-03-16", "PD Clinic Note", """
PD clinic - monthly visit      3/16/20
S: Painful dark spot at the bottom of her hernia scar that started about two weeks ago; pain
8/10, keeps her up at night; no fever; PD going well, CCPD 5 cycles, UF ~900 mL.
O: T 36.6  BP 144/82  HR 84, wt 97.5 kg, BMI 36.2
Abd: midline scar healed except at its inferior end - just R of the lower pole there is a
2.5 x 2 cm black eschar, dusky purple stellate rim, indurated 1 cm around, no drainage.
PD exit site LLQ clean/dry, tunnel nontender.
Labs: Ca 9.8, Phos 6.9, iPTH 688, Alb 3.1; effluent WBC 12
A/P: necrotic eschar at lower end of incision - SSI vs calciphylaxis. Alerted surgery and IP;
derm to biopsy this week. Stop calcium carbonate; start sevelamer 800 TID.
"""),
("2020-03-24", "SSI Surveillance - Determination", """
SSI SURVEILLANCE - follow-up determination        03/24/2020
Re: HER of 02/11/2020, pt 54 F on PD.
New event reviewed: eschar at the inferior midline incision reported by PD clinic 3/16 (onset
around 3/2 per pt).
Derm note 3/20 and pathology (punch 3/18, edge of eschar): calcified small dermal and
subcutaneous vessels, thrombosis, fat necrosis; Gram and fungal stains neg; tissue cx no growth.
Derm impression, quoted: "calciphylaxis localized to her recent surgical incision - the trauma
of the hernia repair likely served as the trigger".
NHSN: no purulence, no organism, no surgeon dx of SSI -> criteria NOT met. Not reportable.
Surveillance continues to day 90 for deep/organ-space events.
Comment sent to surgery + renal. No isolation needed.
"""),
]}

C05 = {"patient_id": "C05", "age": 63, "sex": "M", "notes": [
("2021-07-20", "IP Device Rounds - Urinary Catheter and Central Line", """
IP DEVICE ROUNDS (urinary catheter + central line), 4 South        07/20/21
Pt: 63 M, T8 paraplegia since an MVA (2009), neurogenic bladder, ESRD on HD via L upper-arm
AVG, DM2 on insulin, BMI 41.0.
Urinary: chronic indwelling Foley 16 Fr, in place since this spring (failed intermittent
cath per urology), last change 7/2/21 per the bag label.
 - securement: elastic Velcro leg strap on the L anterior thigh, mid-thigh. Strap very snug -
   deep red groove on the skin when loosened, blanchable. Re-applied looser (2 fingers).
 - bag below bladder, off the floor: yes
 - closed system intact: yes
Central line: none.
Taught RN and wife about strap tension. Alternate thighs? -> urology prefers L side (bag
hangs on the L of his chair).
CAUTI: no UA/UCx in the last 7 d; no event.
"""),
("2021-08-19", "Wound Care RN Note", """
WOUND CARE - visit at outpatient HD unit, 08/19/2021
Consult from HD RN: "sore on his thigh". Wife says it was a red streak on 8/9/21 that turned
black within a few days. Pt has no sensation below T8, reports no pain.
Location: L anterior thigh, middle third. Band-like, horizontally oriented 7 x 2.5 cm necrotic
plaque, black center, rim of retiform purpura; livedo above and below it.
No drainage, no odor. Pedal pulses dopplerable.
Foley in place, draining clear yellow.
VS: 37.0 / 80 / 128/70
Pressure injury vs calciphylaxis; not a typical PI location (no bony prominence).
Plan: padded foam, keep off pressure; notify nephrology; photos uploaded to media tab.
"""),
("2021-09-02", "Dermatology Consult", """
DERMATOLOGY CONSULT      9/2/21
63M, ESRD/HD, insulin-requiring DM2, paraplegic, BMI 40.6 (down 1.2 kg).
Reason: L thigh necrotic plaque.
Exam: L anterior mid-thigh stellate necrotic plaque 7.5 x 3 cm with retiform purpura; R thigh,
abdomen and buttocks clear.
Path (incisional bx 8/26/21, L anterior thigh): diffuse calcification of small vessels in the
subcutis, thrombotic vasculopathy, fat necrosis. Consistent w/ calciphylaxis.
Plan: STS 25 g with HD TTS; stop Ca binder; cinacalcet; hyperbaric O2 referral; wound RN
weekly. Not anticoagulated - baseline INR 1.0.
"""),
]}

C06 = {"patient_id": "C06", "age": 77, "sex": "F", "notes": [
("2020-10-30", "OPAT Vascular Access Surveillance", """
OPAT / VASCULAR ACCESS SURVEILLANCE      10/30/2020
77F on home IV cefazolin for MSSA L4-5 vertebral osteomyelitis, planned stop 11/12/20.
Line: 4 Fr single-lumen PICC, R basilic vein, mid upper arm, placed 10/19/20 by the vascular
access team (tip at cavoatrial junction on CXR). External length 2 cm, unchanged.
Home-infusion RN weekly report: CHG dressing + securement changed 10/27, intact.
Today: tender cord along the R medial upper arm 5 cm above insertion, faint erythema 2 cm wide,
no pus, no arm swelling. Duplex: superficial thrombophlebitis of the basilic segment, no DVT.
Plan: PICC stays (needed, working, no sign of infection); warm moist compresses 20 min QID to
the R upper arm starting today; elevate; recheck 11/3.
No BCx (afebrile, T 36.8). Not a CLABSI.
Other: CKD 3b (Cr 1.6, eGFR 32), AF on warfarin (INR 2.4), BMI 31.5. No diabetes.
"""),
("2020-11-24", "Infectious Diseases Clinic Note", """
ID clinic f/u - OPAT completion      11/24/20
Cefazolin finished 11/12; PICC removed that day by home RN, tip intact, site sealed.
Back pain better, ESR 88 -> 41, CRP 4.2.
New problem: since mid-November a very painful, hard, purple patch on the inside of her R upper
arm, enlarging, now with a dark center. She stopped the warm compresses on 11/12.
Exam: R medial upper arm 6 x 4 cm indurated violaceous plaque w/ 1.5 cm black eschar, livedo at
the margins. No cord palpable now. Afebrile.
Labs: Cr 1.7, Ca 9.4, Phos 4.6, INR 2.7.
A: not phlebitis; concern for non-uremic calciphylaxis on warfarin vs warfarin-induced skin
necrosis vs infection.
P: urgent derm for deep biopsy; no antibiotics for now.
"""),
("2020-12-02", "Dermatology Consult", """
DERM CONSULT      02-Dec-2020
77F, CKD 3b (not on dialysis), AF on warfarin, obesity (BMI 31.5).
Deep incisional bx 11/25/20, R medial upper arm: medial calcification and thrombosis of
subcutaneous arterioles, extravascular calcium in fat lobules, septal necrosis. Tissue cx neg.
Dx: non-uremic calciphylaxis.
Of note the plaque lies along the course of her former R arm PICC, in the same skin that got
warm compresses for the thrombophlebitis from 10/30 - I think the catheter and the heat
together localized it (Koebner).
Plan: stop warfarin -> apixaban (cardiology agrees); IV STS at the infusion center, no new
lines in the R arm; vitamin K 10 mg PO daily; wound care; pain control. F/u 2 wk.
"""),
]}

C07 = {"patient_id": "C07", "age": 60, "sex": "F", "notes": [
("2024-12-27", "Isolation Precautions Note", """
INFECTION PREVENTION - ISOLATION ROUNDS, 5E rm 512      12/27/2024
Pt: 60F, ESRD on HD (TTS, L AVF), DM2 on linagliptin, BMI 29.9 (overweight).
Organism/indication: C. difficile - PCR pos, toxin EIA pos 12/22/24 (hosp day 6 -> HO-CDI,
entered as NHSN LabID event).
Precautions: Contact Plus (enteric) - gown/gloves, soap & water HH, sporicidal bleach daily and
terminal clean. Sign posted; cart stocked. 3/3 staff entries observed compliant.
Room items: daughter brought a plug-in heating pad from home on Christmas Eve; pt lays it on
her lower belly for cramping most nights. Not hospital-approved, fabric cover can't be
disinfected. Discussed with pt and RN; pt won't give it up. Biomed safety check requested;
advised to send it home at d/c or discard.
Abx: oral vanc 125 mg qid, day 5.
"""),
("2025-01-06", "Nephrology Progress Note", """
Renal progress note      Jan 6 2025
S: c/o "burning" area on her lower abdomen since New Year's Day, severe, 9/10, worse with
light touch. Diarrhea improving, 2 BMs/day.
O: T 37.2  BP 158/84  HR 92, wt 76.3 kg
Lower abdomen L of midline, 3 cm below umbilicus: 5 x 3 cm mottled purple indurated plaque with
a central dusky-grey necrotic patch; fine livedo around it.
Labs: Ca 10.1, Phos 6.6, PTH 1180, Alb 2.7 (corrected Ca 11.1)
A: ESRD with high PTH, low albumin and a new painful necrotic abdominal plaque - suspect
calciphylaxis.
P: derm for punch; hold calcitriol and Ca-acetate; low-Ca dialysate bath; start cinacalcet.
"""),
("2025-01-09", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT       1/9/25
60F ESRD/HD, HO-CDI on contact precautions (gown and gloves for exam).
Punch bx 1/7/25, L lower abdomen: small-vessel calcification in deep dermis and subcutis with
fibrin thrombi and fat necrosis. Diagnosis: calciphylaxis.
Exam today: lesion 5.5 x 3.5 cm, eschar forming. No other sites; thighs, buttocks and breasts
spared.
Impression: calciphylaxis, L lower abdominal wall, in the setting of secondary
hyperparathyroidism.
Recs: sodium thiosulfate with HD; parathyroid surgery eval; calcium alginate + ABD pad;
pain service; nutrition consult (albumin 2.7).
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
