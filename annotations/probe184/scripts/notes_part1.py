"""probe184 corpus notes, D01-D07 (Mohs and dermatologic surgery and the clinics around them; all invented)."""

D01 = {"patient_id": "D01", "age": 68, "sex": "F", "notes": [
("2022-04-12", "Cosmetic Dermatology Procedure Note", """
SCLEROTHERAPY - PROCEDURE NOTE
Larkspur Dermatology & Skin Surgery / vein room 2

68 yo F w/ symptomatic reticular veins + spider telangiectasias of the R leg (heaviness,
evening ankle puffiness). ESKD, does nightly cycler PD at home. T2DM, insulin glargine
22u qHS. No anticoagulant. Venous duplex 3/2022: no axial reflux R GSV/SSV.
Ht 160 cm | Wt 80.4kg | BMI 31.4

Consent: hyperpigmentation, matting, ulceration, thrombophlebitis, DVT reviewed; questions
answered; signed.
Procedure: polidocanol 0.5% (Asclera) through a 30g needle, 14 injections into reticular
feeders and spider clusters of the R medial calf and R posterior calf, 4.5 mL total.
Good blanching, no extravasation seen, no pain on injection.
Pt declined post-sclero 20-30 mmHg hose ("my fingers can't pull those on"); advised
a brisk half-hour walk today and daily.
Next session ~6 wks.
-- R. Okonkwo-Reyes PA-C for Dr. T. Haldane
"""),
("2022-05-20", "Nephrology PD Clinic Note", """
PERITONEAL DIALYSIS CLINIC - monthly
68F, ESKD from diabetic nephropathy, CCPD 5 exchanges/night + icodextrin day dwell.

CC: "my right calf is on fire"
Burning, purplish mottled area R inner calf x 3 wks, worse at night, now w/ a dark
center. No fever/chills. She had "vein shots" on that leg at dermatology in April.

VS: BP 152/84  HR 78  T 36.8  Wt 80.1kg (BMI 31.3)
MBD labs 5/16 -- PO4 7.4 (H) | cCa 9.9 | iPTH 688 | Alb 3.1. Adequacy: Kt/V 1.9/wk
Exam: R medial calf 6x4cm net-like violaceous patch, central black eschar ~15 mm,
hurts to light touch. DP 1+ bilat.

A/P: painful retiform purpura + eschar, PD pt, phosphorus out of control - concern
for calciphylaxis.
- derm today for deep bx (called, accepted)
- stop Ca acetate -> sevelamer 1600 TID; cinacalcet 30 -> 60
- wound RN referral
"""),
("2022-05-31", "Dermatologic Surgery Follow-up", """
DERM SURGERY F/U - path review

Double-punch (telescoping) biopsy of the R medial calf 5/24/22.
Path: arterioles of the subcutis with medial calcification and intimal fibroplasia,
organizing thrombus, dead fat lobules; von Kossa turns the mural deposits black.
DX: CALCIPHYLAXIS.

Exam: eschar now 25 mm across w/ surrounding retiform purpura; two new purpuric macules
(~1 cm) R posterior calf. Wt 79.4kg, BMI 31.0.

Impression: calciphylaxis of the right calf arising exactly at the polidocanol injection
sites from her 4/12/22 sclerotherapy session here. Onset per PD note ~3 wks before 5/20.

Plan:
1. no further sclerotherapy - alert placed in chart
2. renal arranging sodium thiosulfate infusions, 25 g Mon/Wed/Fri, infusion suite
3. leave dry eschar intact; petrolatum gauze to edges, change daily
4. gabapentin 100 mg nightly (renal dose)
Back in 2 wks; call sooner for drainage or fever.
"""),
]}

D02 = {"patient_id": "D02", "age": 61, "sex": "M", "notes": [
("2021-03-09", "Dermatology Clinic Procedure Note", """
GEN DERM - procedure visit
61M; dialysis T-Th-Sa at the Riverbend unit, tunneled line R neck; L forearm
fistula not ready to cannulate. DM2 (diet; A1c 6.4%, no pills,
no insulin). BMI 36.2 - obese.

CC: itchy "warts" on the lower belly, wants them gone.
Exam: seven stuck-on tan/brown verrucous papules 5-12 mm, infraumbilical lower abdomen
L and R, several red and crusted at the rim. Dermoscopy shows milia-like cysts and
comedo-type openings, nothing atypical.
Dx: irritated seborrheic keratoses x7 (L82.0)

Proc: verbal consent. Liquid nitrogen by cryogun, 2 freeze-thaw cycles (~8-10 s, 2 mm
halo) to each of the 7 ISKs on the lower abdomen. Tolerated w/o difficulty.
Aftercare sheet: may blister, plain petrolatum BID, do not pick.
CPT 17110.

Also: few cherry angiomas on chest - benign, reassured. FBSE in 1 yr.
"""),
("2021-05-03", "Hemodialysis Rounding Note", """
HD ROUNDS - chair 14, second shift

S: c/o a "rock-hard purple spot that burns" on the L lower belly, began in April and
keeps spreading. Hurts to roll onto his L side in bed. No fevers.
O: BP 168/92 on arrival -> 141/80 at take-off; 3.1 L removed. Post wt 108.6kg.
L lower abd: 5x7cm indurated violaceous plaque, lacy purpuric margin, small dusky bulla
in the middle. Exquisite TTP.
Today's draw: iPTH 940 (H!) PO4 6.8 (H) total Ca 10.1 (H) Alb 3.4 (L) Hgb 10.2 (L)

A: r/o calciphylaxis - PTH way up, obese, on calcitriol.
P: - asked derm to biopsy this wk
   - hold calcitriol; cinacalcet 30 mg daily; sevelamer in place of Ca carbonate
   - oxycodone 2.5 mg after treatment prn
   - d/w pt and wife
"""),
("2021-05-18", "Dermatology Follow-up", """
DERMATOLOGY F/U - bx results

Two 4 mm punches, one at the edge and one central, L lower abdominal plaque,
5/11/21: mural calcification of little subcutaneous vessels, calcium also tracking along fat septa,
fibrin thrombi. Fits calciphylaxis.

Exam: plaque has grown to 8x7cm at the L infraumbilical lower abdomen; dry black eschar
about 2 cm in the middle, livedo around the periphery, no drainage. A few hypopigmented
flat macules scattered nearby. R side clear.

Dx: calciphylaxis (calcific uremic arteriolopathy), bx-proven.
Plan: renal began STS on 5/14, given with each run; wound RN for dressing
choice; palliative care referral for pain; dry eschar - not touching it for now.
F/u 3 wks.
"""),
]}

D03 = {"patient_id": "D03", "age": 72, "sex": "F", "notes": [
("2019-08-20", "Dermatologic Surgery Operative Note", """
EXCISION - OPERATIVE NOTE  08/20/2019
Dx: invasive SCC, well differentiated, L lateral ankle (shave bx 7/29/19)
Procedure: excision w/ 4 mm margins, intermediate layered repair 5.1 cm

Hx: end-stage renal disease; first-shift HD M/W/F, L brachiocephalic
fistula. Not diabetic. AF on warfarin, INR this AM 2.4, continued per dept protocol.
BMI 28.9.

Local anesthesia w/ 1% lido + epi, 7 mL. Fusiform excision along RSTL, to fat.
Hemostasis with hyfrecator. Buried Monocryl 4-0, then running nylon 5-0 on top.
Dressing: petrolatum, Telfa, then an Unna boot from the metatarsal heads up to a hand's
breadth under the knee, Coban layered over it, to limit edema and ooze. Keep it on and
dry until suture removal in 2 wks.
EBL minimal. No complications. Specimen to path for margins.
"""),
("2019-09-03", "Dermatologic Surgery Post-op Visit", """
POST-OP / SUTURE REMOVAL
Unna boot and Coban taken down in clinic today. Ankle incision well approximated,
no dehiscence; nylon removed. Margins clear on path.

New: at the top band of the wrap, L posterior upper calf, a 35x25 mm purple, firm,
very tender plaque w/ dusky center and a livedoid rim. A deep indentation line from the
Coban is still visible across it. Pt says the burning started on Labor Day while the
boot was still on; she thought it was "just too tight".

A: device-related pressure injury vs early calciphylaxis (HD, warfarin). Cellulitis
less likely, afebrile.
P: nothing compressive goes back on this leg. Wound clinic this wk. Messaged
Dr. Farquhar (nephrology). Low threshold for deep bx if it darkens.
"""),
("2019-09-10", "Wound Care Clinic Note", """
WOUND CLINIC - new pt
Ref by derm surgery for L posterior upper calf wound.
Wound: 4.0x3.1cm, entirely covered by adherent black eschar, retiform purpura forming
a ~1.5 cm collar, no odor or exudate. Pain rated 9, at its worst overnight and with
the leg hanging down.
Vascular: DP/PT faint by doppler; TBI 0.62 L. ABI non-compressible.
Periwound dry, no fluctuance.

Impression: necrotic wound of unclear etiology, dialysis pt anticoagulated with
warfarin; pattern suspicious for calciphylaxis. Derm came down and did a deep
incisional bx today (their note separate).
Plan: eschar stays dry - povidone-iodine paint once a day, foam border; in bed a pillow
under the knee so the calf floats. Pain mgmt per renal. Return 1 wk.
"""),
("2019-09-17", "Nephrology Clinic Note", """
NEPHROLOGY - clinic f/u

Derm incisional bx of the L upper calf (9/12) - subcutaneous small arteries calcified,
several occluded by thrombus, necrotic fat around them = calciphylaxis, confirmed. Per
derm surgery this formed under the tight upper band of her post-op Unna boot from 8/20.

Mineral panel: iPTH 512, phosphorus 6.1, calcium 9.6, alb 3.3. BMI 28.6.
Meds changed today:
- warfarin STOPPED -> apixaban, reduced dose; cards in agreement
- STS 25 g IV into the circuit, last hour of every session
- HD increased to 4x/wk, low-Ca bath
- cinacalcet started; stop calcitriol
Will follow w/ wound clinic weekly. Talked through goals w/ pt and her son; remains
full code for now.
"""),
]}

D04 = {"patient_id": "D04", "age": 58, "sex": "M", "notes": [
("2020-10-05", "Dermatologic Surgery Procedure Note", """
PROCEDURE NOTE - excision, extremity
58M, ESRD - his HD days are Tu-Th-Sa. Diabetic (type 2) on insulin (detemir +
lispro). Warfarin 2014-15 for a provoked DVT, off since. BMI 33.0.

Lesion: 2.1 cm keratotic nodule, R lateral thigh. Bx 9/14/20 = well-diff SCC, no PNI.
Procedure: elliptical excision with 5 mm margins, final length 6.3 cm, down to
subcutaneous fat, under local anesthesia. Undermined in the fat plane. Layered
repair: 3-0 PDS deep, 4-0 polypropylene running. Bipolar cautery for hemostasis (no
grounding pad).
Dressing: Vaseline, nonstick pad, paper tape.
Pt tol well. Sutures out in 14 d. Path to follow.
-- Dr. S. Vantongeren / Fellow Dr. A. Ekwueme
"""),
("2020-11-09", "Hemodialysis Unit Progress Note", """
HD Unit - progress note, Mon 11/9 (extra run for fluid)

Pt says "the cut on my leg from the cancer surgery went black around Halloween", very
painful, can't sleep. Sutures had come out at derm 10/19 with the incision closed.
Exam: R lateral thigh linear scar, 1-2 cm wide black necrosis along both edges,
violaceous net-like border extending ~3 cm, very tender.
BP 174/96, IDWG 4.2 kg. FSBG 212.
Bloodwork: PO4 7.9 (H) iPTH 1120 (H) Ca 9.4 (N) Alb 3.0 (L).

A: necrosis along a surgical scar, ESRD, phos and PTH both high - worried re:
calciphylaxis.
P: paged derm surgery, seen Wed. Phos binder up, cinacalcet. Diet consult. Insulin
regimen unchanged.
"""),
("2020-11-16", "Dermatologic Surgery Follow-up", """
DERM SURGERY - f/u

Wedge bx from wound edge 11/11: microvessels of the fat with calcified walls,
several thrombosed; septal panniculitis. c/w calciphylaxis.
Margins on the 10/5 SCC specimen were clear.

Exam: R lateral thigh, the whole excision line is now one 8x3cm black eschar; retiform
purpura surrounds it.

Assessment: calciphylaxis arising within the R lateral thigh excision site from 10/05/2020;
pt dates the blackening to Halloween.
Plan:
- STS at dialysis, ordered by renal
- no debridement now; wound clinic for dressings
- stop any further elective surgery on the legs
- pain: APAP scheduled, hydromorphone low dose prn
"""),
]}

D05 = {"patient_id": "D05", "age": 80, "sex": "F", "notes": [
("2023-01-17", "Mohs Micrographic Surgery Note", """
MOHS SURGERY  Jan 17, 2023
Dx: nodular BCC, L nasal ala (preop 0.9 x 0.7 cm)
Hx: ESRD, HD Mon-Wed-Fri, fistula in the L upper arm. Mechanical mitral valve, so
warfarin is continued (INR 2.7). Not diabetic.

Stage I: 1 block, + at deep 3 o'clock. Stage II: clear. Final defect 1.6 x 1.3 cm.
Repair: bilobed transposition flap, 5-0 Monocryl, 6-0 fast gut.

Event: during the wait after Stage I, pt walking back from the restroom caught the back
of her R forearm against the waiting-room door edge. 3 cm flap-type skin tear, R dorsal
forearm. Irrigated w/ saline, skin flap rolled back into place, covered with Xeroform and
a loose Kerlix. Daughter present and informed. Wheelchair for the rest of the day.
Pressure dressing to the nose x 24 h.
"""),
("2023-02-01", "Mohs Post-op Check", """
MOHS POST-OP, wk 2

L nasal ala bilobed flap: viable, mild edema, no necrosis; sutures removed.
R dorsal forearm skin tear: Xeroform off, flap adherent, ~90% epithelialized,
no erythema, no drainage.
Wt 58.1 kg, BMI 24.0. INR last Fri 2.5 per anticoag clinic.

Pt happy, says the nose "looks like me". Continue Vaseline to both areas until healed,
no soaking in the tub for another week.
Reviewed sun protection; she will wear the wide hat her granddaughter bought her.
FBSE in 6 mo. Return sooner for any bleeding from the nose site given warfarin.
Questions answered; daughter will drive her home.
"""),
("2023-03-02", "Nephrology Inpatient Consult", """
NEPHROLOGY CONSULT - ward 6B

80F, ESRD on Mon-Wed-Fri hemodialysis, came in last night because of an exquisitely
painful black ulcer of her R dorsal forearm. Her account: a purplish blotch first,
3 weeks ago, and it has kept enlarging.
Derm inpatient bx 2/27: calcified subcutaneous arterioles plugged with thrombi -
calciphylaxis.
Exam: R dorsal forearm 5x4cm ulcer, black eschar, retiform purpura edge.
AVF on L arm, thrill +.
Labs: alb 2.9, INR 3.1, Ca 10.3, P 5.9, PTH 415.

Recs:
1. sodium thiosulfate IV 25 g w/ dialysis, first dose tomorrow
2. warfarin: mechanical valve, continue; cards to target lower end of range
3. stop calcitriol; low-Ca dialysate
4. wound care consult; palliative care for pain
"""),
]}

D06 = {"patient_id": "D06", "age": 66, "sex": "M", "notes": [
("2024-05-21", "Mohs Pre-operative Consultation", """
MOHS PRE-OP CONSULT
66M w/ infiltrative BCC of the R temple (bx 4/30/24), 1.4 cm clinical size.
PMH: antiphospholipid syndrome w/ 2 DVTs - lifelong warfarin. CKD 3a (last eGFR
52), never dialyzed. DM2 on metformin. OSA on CPAP. BMI 38.7 (obese).

Anticoagulation: hematology asks us to bridge given APS + recurrent clots:
hold warfarin from 5/29; enoxaparin 1 mg/kg subcut every 12 h to begin 6/1, last dose
the night before surgery; restart warfarin the evening of surgery.
Nurse taught self-injection; pt will inject into his abdomen.

Plan: Mohs 6/5 w/ likely rotation flap. Consent signed. Pre-op photos taken.
Discussed expected swelling/bruising around the eye after temple surgery.
"""),
("2024-06-05", "Mohs Micrographic Surgery Note", """
MOHS SURGERY 06/05/2024 - R temple infiltrative BCC

Bridging: pt has been self-injecting enoxaparin 120 mg SC q12h into his abdomen since
Saturday 6/1; last dose 8 pm last night, AM dose held.
Stage I: 3 blocks, + at 9-11 o'clock (infiltrative strands). Stage II: 2 blocks, +
focally at 10. Stage III: clear.
Final defect 3.0 x 2.4 cm. Repair: rotation flap from the lateral forehead/temple,
buried 4-0 Monocryl and 5-0 Prolene interrupted.
Hemostasis w/ hyfrecator, careful given anticoag.
Post: warfarin back on tonight at 7.5 mg; enoxaparin overlaps until two
consecutive INRs of 2 or more (anticoag clinic following). Suture removal in 1 wk.
"""),
("2024-06-14", "Dermatology Urgent Visit", """
DERM - same-day add-on

S: exquisitely painful hard patch on his belly, R of midline, since yesterday. He has
been giving his enoxaparin shots "in the same couple of spots just right of my belly
button".
O: R periumbilical abdomen: 4 cm indurated violaceous stellate plaque, livedoid rim,
central dusky area, no fluctuance. Temple flap healing well.
INR 2.3 today, so anticoag clinic has stopped the enoxaparin.

A: painful stellate purpura right where enoxaparin was injected. DDx: enoxaparin-induced
skin necrosis, calciphylaxis (warfarin, obesity, DM), hematoma. HIT Ab sent.
P: 6 mm punch x2 from edge into fat today, pain control, follow path.
"""),
("2024-06-24", "Dermatology Follow-up", """
DERM F/U

Path (6/14, R periumbilical abd): calcified, thrombosed septal and lobular vessels
(von Kossa +), necrotic fat lobules. No vasculitis. HIT Ab negative.
Dx: non-uremic calciphylaxis at his enoxaparin injection site, in the setting of
warfarin, obesity and DM2, CKD 3a.

Exam: plaque has enlarged to 5x4cm, eschar starting centrally. Wt 131 kg, BMI 38.4.
Plan:
- hematology: change warfarin -> apixaban (APS discussion documented; pt accepts risk)
- sodium thiosulfate by vein thrice weekly at the infusion center, renal aware
- wound care: nonadherent silicone dressing, no debridement
- recheck 2 wks
"""),
]}

D07 = {"patient_id": "D07", "age": 63, "sex": "F", "notes": [
("2018-07-24", "Dermatologic Surgery Operative Note", """
OPERATIVE NOTE - 7/24/18
Dx: melanoma in situ, L upper back (scapular) - shave bx 6/26/18
Procedure: wide local excision, 5 mm margins, complex layered closure 7.8 cm

Pt: 63F, ESRD, hemodialysis (M-W-F). Prediabetes, not diabetic per PCP (A1c 6.1).
BMI 30.0. No anticoagulants.

Prone. Monopolar electrosurgery; dispersive (grounding) pad on the R lateral thigh.
Elliptical excision to fascia, undermining, closed in three layers (Vicryl 3-0,
Monocryl 4-0, Prolene 5-0).

When the pad came off after closure: a sharply outlined 7x4cm area of erythema with two
5 mm blisters, R lateral thigh = superficial partial-thickness electrosurgical burn at
the pad site. Bacitracin + nonstick dressing. Pt informed.
Incident report filed; biomed to check the generator and pad.
"""),
("2018-10-02", "Hemodialysis Monthly Progress Note", """
MONTHLY HD NOTE - October

Pt reports a painful, hard, dark purple area on her R outer thigh since late summer,
now with an open spot; pain 8 of 10, wakes her at 3 am. No fevers. Using no heat on it.
Access: R forearm fistula, strong thrill. Kt/V 1.4. EDW 82.0 kg.
Monthly labs: Hgb 9.9 (L) iPTH 780 (H) PO4 6.6 (H) Ca 9.8 (N) Alb 3.2 (L).
Exam: R lateral thigh, 6x5cm violaceous plaque, woody induration, net-like border,
small central ulcer (~1 cm).

A/P: this looks like calciphylaxis until proven otherwise.
- derm PA to punch bx at their Friday clinic (10/5)
- increase sevelamer, start cinacalcet, hold calcitriol
- dietitian re: phos
"""),
("2018-10-11", "Dermatology Consult", """
DERMATOLOGY CONSULT - bx result visit

Punch bx x2 R lateral thigh 10/5/18: subcutaneous arterioles calcified and partly
occluded by fibrin, surrounding fat necrosis. Dx: calciphylaxis.

Exam: on the R lateral thigh, retiform purpura over a 6x5cm field w/ adherent
central eschar; its outline is rectangular and matches the footprint of the grounding-pad burn she had at her
7/24/18 melanoma excision. The back incision is healed, no pigment recurrence.

Impression: calciphylaxis arising in the pad-burn site of the R lateral thigh.
Plan: renal giving STS on HD days; wound RN; no heat, no compression to the thigh; pain
regimen per palliative. Incident review updated. RTC 2 wks.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
