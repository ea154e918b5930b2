"""probe225 corpus notes, C01-C07 (infection prevention, line surveillance and the clinics around them; all invented)."""

C01 = {"patient_id": "C01", "age": 66, "sex": "F", "notes": [
("2023-03-14", "Infection Prevention - BSI Event Review", """
INFECTION PREVENTION - BLOODSTREAM EVENT WORKUP
Unit 6W (renal/med)    IP: Kirsten Amundsen RN CIC    Pt: 66 y/o F

Trigger: MRSA in 2/2 BCx sets drawn in the ED 3/6/23 (hosp day 1).
Central lines: R IJ tunneled HD cath (TDC), placed 2021 at an outside facility - her only CVC.
Background: ESRD, dialyzed Mon/Wed/Fri through the TDC after two failed fistulas; DM2 on
glargine 14u qHS, self-administered into thighs; HTN. Obese - BMI 33.1.
No anticoagulant at home.
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
Pt says she first felt a hot, stinging patch 3 days ago on the R lower abd; now "like a cigarette
burn that won't stop", 9/10, any touch at all sets it off.
Assessment: R lower abdominal wall, below and right of the navel: 6.0x4.2cm retiform purple
plaque, stellate outline, central black eschar 1.5x1.2cm. Periwound woody/indurated, no
fluctuance, no drainage, no odor.
VS 36.9C | 88 | 151/70 | 97%RA
Labs 3/26: iPTH=912, P=7.4, Ca=9.9 (alb 2.6)
Plan: NO sharp debridement. Nonadherent foam, change q3d and prn. Paged derm - worried this
is calciphylaxis, given her kidneys. Contact precautions continue (MRSA) - supplies left in room.
"""),
("2023-03-31", "Dermatology Consult Follow-up", """
DERMATOLOGY - inpatient consult f/u
66F, ESRD/HD, MRSA bacteremia from the TDC (POA), on vanc.
Path, punch 4mm, R lower abd (3/28): arterioles in the fat show mural calcium and intimal
fibroplasia, some with thrombus; fat lobules necrotic. vK stain: positive.
DX: calciphylaxis.
Exam: plaque unchanged in size; eschar up to 2 cm; new livedo at the lateral edge.
Impression: calciphylaxis (bx-proven), R lower abdomen - it came up in the very area that has
taken her SC heparin every 8 h since 3/6, i.e. a koebnerized lesion at injection trauma.
Recs:
- stop subcut heparin; SCDs instead (primary team agrees)
- STS 25 grams IV, dosed with each HD run
- nothing else injected into the abd wall
- pain: hydromorphone per primary
- d/w renal re cinacalcet, stop calcium carbonate
"""),
]}

C02 = {"patient_id": "C02", "age": 58, "sex": "M", "notes": [
("2022-11-01", "Dialysis Unit Infection Control Note", """
Lakeshore Dialysis - Infection Control monthly review        11/01/22
Pt: 58M, in-centre hemodialysis T/Th/Sa, chair 14 (open floor).
Access: R forearm AVF, buttonhole cannulation - scab removal with sterile pick after
alcohol/CHG prep observed today, technique acceptable.
Hep B status: HBsAg neg (9/2022), anti-HBc neg, anti-HBs <10 -> non-immune. No HBV isolation.
Vaccination log:
 - Heplisav-B #1 | 10/04/2022 | IM, L upper arm (deltoid) | lot 7QX41
 - Heplisav-B #2 | 11/01/2022 | L deltoid / upper arm, IM | today, post-run
 - anti-HBs titer to be drawn 1-2 mo after dose 2
 - influenza vaccine: declined again this season, VIS given
Other: no MDRO history. No BCx in 90 days. No hospitalizations in 90 d.
Pre-tx: 162/88, pulse 74 (irregular), temp 36.6, 84.0 kg (EDW 82.5).
PMH: ESRD from IgA nephropathy, AF on warfarin, HTN, gout. Not diabetic.
"""),
("2023-01-10", "Nephrology HD Rounding Note", """
Renal rounds - chairside, Lakeshore Dialysis   1/10/2023
S: c/o sore hard spot on his L upper outer arm since early December, now throbbing at night;
sleeping on that side is impossible. No fevers. No knock or fall he remembers.
O: 148/80, 70 irreg. 83.1kg -> BMI 27.4.
L lateral upper arm: 3.0x3.5cm violaceous, indurated plaque, dusky netlike rim, 8 mm
central black eschar, very TTP. R arm AVF: thrill present, no erythema.
1/3 draw: iPTH=1040, P=6.8, Ca=10.2 (corrects to ~10.7). Coags: INR 2.9.
A: ESRD + warfarin + elevated Ca-phos product + painful necrotic L arm plaque -> calciphylaxis
is the top concern; ddx vasculitis, embolic.
P: derm to biopsy, urgent. Binder: stop PhosLo, begin Renvela 1600 with meals; Sensipar 30 mg. Cards re:
warfarin -> DOAC? Extend HD to 4.5 h.
"""),
("2023-01-24", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC
58 M, sent by nephrology about a L arm ulcer. Seen 1/17 and biopsied; returns for results.
Path (punch, L lateral upper arm, 1/17/23): vessels of the panniculus show medial calcium,
a couple thrombosed; fat septa necrotic -> fits calciphylaxis.
Exam: eschar 1.1 cm, plaque around it 4x4cm, firm, tender. Trunk and both legs without
new lesions.
82.0 kg, BMI 27.0.
Impression: calciphylaxis, L upper arm, uremic; on warfarin.
Plan:
1. thiosulfate 25g IV on each dialysis day (unit has the order)
2. warfarin -> apixaban per cardiology 1/20
3. collagenase + foam; wound clinic weekly
4. gabapentin 100mg post-dialysis for pain
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
Pt: 71 M, BMI 30.0. Warfarin from 2016 to 2019 (post-op DVT); stopped.
"""),
("2024-05-21", "Nephrology Progress Note", """
Nephrology progress   5/21/24
71M, new ESRD (probably hypertensive nephrosclerosis, small echogenic kidneys), started HD
5/11 via R femoral temp cath.
Yesterday IR placed a R IJ tunneled HD catheter; femoral catheter pulled 5/20, tip not sent,
hemostasis without issue.
No DM (A1c 5.4). HTN on amlodipine. No anticoagulants now.
VS 36.8 / 78 / 138/76
Labs: BUN 48, K 4.6, Ca 8.4, Phos 6.1, PTH 590, Hgb 8.9
Plan: outpatient HD MWF at Fairhaven Dialysis; vein mapping and AVF referral; sevelamer
with meals; renal diet teaching done; d/c home tomorrow w/ home-health RN for meds.
"""),
("2024-06-07", "Infection Prevention - Insertion-Site Wound Review", """
IP REVIEW - possible insertion-site infection   6/7/2024
Referral: home-health RN worried about infection at the old R groin catheter site.
From the HH chart: wound first seen by the HH RN at her 6/3/24 visit - "black scab, purple
ring, very painful" at the R groin where the femoral HD catheter sat (5/11-5/20/24).
Today in clinic: R inguinal crease, firmly stuck-on black eschar 2.8x2.2cm, violaceous
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
Bx R inguinal (6/7/24): small vessels within the fat are calcified in the media and plugged by
thrombi; surrounding fat necrotic; organism stains negative; culture sterile.
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
supine exchanges restarted 2/18. T2DM controlled on diet (last HbA1c 6.4%).
BMI 36.2.
Periop: cefazolin 3 g within 60 min before incision; CHG shower x2; hair clipped, no razor.
Surgery clinic 2/24: midline incision well approximated, no drainage, no erythema. Afebrile.
PD effluent clear on 2/18 and 2/24 (cell count 40).
Surveillance window: 90 days (implant) -> through 5/11/2020.
Status: no SSI criteria met to date. Will re-review at 30 and 90 d.
"""),
("2020-03-16", "PD Clinic Note", """
PD clinic - monthly visit      3/16/20
S: Dark, painful spot at the lower tip of her hernia scar, started about two weeks ago.
Rates it 8/10 and it wakes her; no fever; PD going well, CCPD 5 cycles, UF ~900 mL.
O: 36.6 | 144/82 | 84; 97.5kg, BMI 36.2
Abd: midline scar healed except at its inferior end - just R of the lower pole sits a
2.5x2cm black eschar with a dusky purple stellate rim, 1 cm of induration, no drainage.
PD exit (LLQ): C/D/I, no tunnel tenderness.
Labs: Ca/PO4/iPTH 9.8/6.9/688, albumin 3.1; PD fluid WBC 12
A/P: necrotic eschar at lower end of incision - SSI vs calciphylaxis. Alerted surgery and IP;
derm will biopsy in the next few days. Calcium carbonate stopped; sevelamer 800 TID started.
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
Pt: 63 M, T8 paraplegia since an MVA (2009), neurogenic bladder,
ESRD, dialysis access a L upper-arm loop graft; insulin-treated type 2 diabetic. BMI 41.0.
Urinary: chronic indwelling Foley 16 Fr, in place since this spring (failed intermittent
cath per urology), last change 7/2/21 per the bag label.
 - securement: elastic Velcro leg strap on the L anterior thigh, mid-thigh, worn there since
   this spring along with the catheter. Strap very snug - deep red groove on the skin when
   loosened, blanchable. Re-applied looser (2 fingers).
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
Location: L anterior thigh, middle third. Band-like, horizontally oriented necrotic plaque
7x2.5cm, black center, rim of retiform purpura; livedo above and below it.
Dry - no exudate, no smell. Pedal pulses dopplerable.
Foley in place, draining clear yellow.
VS: 37.0 / 80 / 128/70
Pressure injury vs calciphylaxis; not a typical PI location (no bony prominence).
Plan: padded foam, keep off pressure; notify nephrology; photos uploaded to media tab.
"""),
("2021-09-02", "Dermatology Consult", """
DERMATOLOGY CONSULT      9/2/21
63M, ESRD/HD, insulin-requiring DM2, paraplegic, BMI 40.6 (down 1.2 kg).
Reason: L thigh necrotic plaque.
Exam: L anterior mid-thigh stellate necrotic plaque, now 7.5x3cm, retiform purpura at its
edge; R thigh, abdomen and buttocks clear.
Path (incisional bx 8/26/21, L anterior thigh): widespread mural calcium in subcutaneous
microvessels, thrombotic vasculopathy, necrotic fat. Consistent w/ calciphylaxis.
Plan: thiosulfate 25g each HD session (Tue/Thu/Sat); stop Ca binder; cinacalcet; hyperbaric
O2 referral; wound RN weekly. Not anticoagulated - baseline INR 1.0.
"""),
]}

C06 = {"patient_id": "C06", "age": 77, "sex": "F", "notes": [
("2020-10-30", "OPAT Vascular Access Surveillance", """
OPAT / VASCULAR ACCESS SURVEILLANCE      10/30/2020
77F on home IV cefazolin for MSSA L4-5 vertebral osteomyelitis, planned stop 11/12/20.
Line: 4 Fr single-lumen PICC, R basilic vein, mid upper arm, placed 10/19/20 by the vascular
access team (tip confirmed at the CAJ by chest film). External length 2 cm, unchanged.
Home-infusion RN weekly report: CHG dressing + securement changed 10/27, intact.
Today: tender cord along the R medial upper arm 5 cm above insertion, faint erythema 2 cm wide,
no pus, no arm swelling. Duplex: superficial thrombophlebitis of the basilic segment, no DVT.
Plan: PICC stays (needed, working, no sign of infection); warm moist compresses 20 min QID to
the R upper arm starting today; elevate; recheck 11/3.
No BCx (afebrile, T 36.8). Not a CLABSI.
Other: CKD 3b (Cr 1.6, eGFR 32), atrial fib (warfarin; last INR 2.4 on 10/28); BMI 31.5.
No diabetes.
"""),
("2020-11-24", "Infectious Diseases Clinic Note", """
ID clinic f/u - OPAT completion      11/24/20
Cefazolin finished 11/12; PICC removed that day by home RN, tip intact, site sealed.
Back pain better, ESR 88 -> 41, CRP 4.2.
New problem: since mid-November the inside of her R upper arm has a hard, purple, extremely
sore patch that keeps growing, dark in the middle now. She stopped the warm compresses on 11/12.
Exam: R medial upper arm - indurated violaceous plaque 6x4cm, central eschar (black) ~1.5cm,
livedo at the margins. No cord palpable now. Afebrile.
Labs: INR 2.7 (therapeutic); creatinine 1.7; P=4.6, Ca=9.4.
Assessment: not phlebitis; concern for non-uremic calciphylaxis on warfarin. DDx: coumadin
skin necrosis, infection.
P: derm asked to see her this week for a deep biopsy; holding off on antibiotics.
"""),
("2020-12-02", "Dermatology Consult", """
DERM CONSULT      02-Dec-2020
77F, CKD 3b (no dialysis), atrial fibrillation on warfarin, obesity (BMI 31.5).
Deep incisional bx 11/25/20, R medial upper arm: deep subcutaneous arterioles showing
calcification and thrombosis, calcium also lying free within fat lobules, necrosis of septa. Tissue cx neg.
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
Pt: 60F, kidney failure, dialysis-dependent since 2019 (HD Tu-Th-Sa, L radiocephalic
fistula); type 2 diabetes, takes linagliptin; BMI 29.9 (overweight).
Organism/indication: C. difficile - PCR pos, toxin EIA pos 12/22/24 (hosp day 6 -> HO-CDI,
entered as NHSN LabID event).
Precautions: Contact Plus (enteric) - gown/gloves, soap & water HH, sporicidal bleach daily and
terminal clean. Sign posted; cart stocked. 3/3 staff entries observed compliant.
Room items: an electric heat pad the daughter carried in on Christmas Eve; pt lays it on
her lower belly for cramping most nights. Not hospital-approved, fabric cover can't be
disinfected. Discussed with pt and RN; pt won't give it up. Biomed safety check requested;
advised to send it home at d/c or discard.
Abx: oral vanc 125 mg qid, day 5.
"""),
("2025-01-06", "Nephrology Progress Note", """
Renal progress note      Jan 6 2025
S: c/o a "burning" spot low on her belly, began New Year's Day morning, 9/10, light touch is
unbearable. Diarrhea improving, 2 BMs/day.
O: 37.2 | 158/84 | 92; 76.3kg
Lower abdomen L of midline, 3 cm below umbilicus: mottled purple indurated plaque 5x3cm, its
center a dusky-grey necrotic patch; fine livedo around it.
Labs: Ca/PO4/PTH 10.1/6.6/1180, albumin 2.7 (Ca corrects to 11.1)
A: ESRD with high PTH, low albumin and a new painful necrotic abdominal plaque - suspect
calciphylaxis.
P: derm for punch; hold calcitriol and Ca-acetate; low-Ca dialysate bath; start cinacalcet.
"""),
("2025-01-09", "Dermatology Consult", """
DERMATOLOGY INPATIENT CONSULT       1/9/25
60F ESRD/HD, HO-CDI on contact precautions (gown and gloves for exam).
Punch bx 1/7/25 (L lower abd): deep dermal + subcutaneous microvessels calcified, fibrin
thrombi, necrotic fat. Path dx calciphylaxis.
Exam today: lesion 5.5x3.5cm, eschar forming. No other sites; thighs, buttocks and breasts
spared.
Impression: calciphylaxis - L lower abdominal wall; secondary HPT in the background.
Recs: sodium thiosulfate with HD; parathyroid surgery eval; calcium alginate + ABD pad;
pain service; nutrition consult (albumin 2.7).
Talked with IP: enteric precautions stay until 48 h without diarrhea.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
