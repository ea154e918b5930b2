"""probe111 corpus notes, X01-X07 (vascular surgery and interventional radiology; all invented)."""

X01 = {"patient_id": "X01", "age": 64, "sex": "F", "notes": [
("2019-03-28", "Vascular Surgery Inpatient Consult", """
VASC SURG CONSULT -- 4 East
Req by: hospitalist (Dr Pennywhistle) re "purple painful patches on belly, ?vasculitis ?ischemia"

HPI: 64F, ESRD, HD TTS (L BC fistula), DM2 (glargine pen, she does it in her thighs), obese, admitted 3/4/2019 w/ R 2nd toe wound + cellulitis. Started on SQ heparin 5000u q8h for DVT ppx that day (3/4) -- RNs giving it in the lower abd, alternating sides. Pt reports the first dark patch came up ~8 days ago down on the L lower belly, and a 2nd one later on the right. Says they "burn like a stovetop" and she cant stand the gown rubbing.
PMH: ESRD, DM2, HTN, PAD, R SFA stent '16. No warfarin ever.
Exam: BMI 33.5. Abd soft, pannus. LLQ 5x4cm stellate retiform purpura w/ dusky violaceous center, exquisitely tendr. RLQ 3x3 cm similar, early central necrosis. Multiple small heparin bruises scattered both quadrants. Fem pulses 2+ bilat. R DP dopplerable only.
A/P: necrotic abdominal plaques at the sites of her SQ heparin in a HD pt -- leading ddx calciphylaxis; also heparin skin necrosis (HIT Ab sent). Stop SQ heparin, switch to SCDs. Will do bedside punch bx tomorrow. Rec nephro re Ca/Phos, PTH.
-- R. Ekwueme MD, vasc surg PGY4
"""),
("2019-04-02", "Bedside Procedure Note", """
Procedure: punch biopsy x2, abdominal wall
Operator: vascular surgery (Ekwueme / attending Dr Laszlo present)
Consent: signed, risks incl bleeding, infxn, nonhealing discussed w/ pt + son.
Timeout done. 1% lido plain. 4mm punches, one off the LLQ plaque edge, one off the RLQ plaque edge, deep to fat. Hemostasis w/ pressure + 1 simple 4-0 nylon each. EBL minimal. Both specimens -> path for H&E + VK stain.
HIT antibody came back neg. Heparin remains off since 3/28.
Post-proc: pt tolerated, pain 7/10 baseline unchanged.
"""),
("2019-04-10", "Vascular Surgery Progress Note", """
S: "the spots still sting but the right one is less angry"
O: path -- small subQ arterioles calcified, intimal hyperplasia, luminal thrombi; fatty necrosis; VK stain positive. Fits calciphylaxis.
Both lower quadrant plaques are in exactly the zone where she got her q8 heparin shots from admission on; no lesions in the thighs where her own glargine goes.
Wt 90.1 kg, BMI 33.5, obese.
A: biopsy-proven calciphylaxis, bilateral lower abdomen, triggered at SQ heparin injection sites.
P: renal starting IV sodium thiosulfate w/ HD; non-calcium binder; wound RN for Mepilex Ag; no SQ injections to abd; R toe wound per podiatry. Vasc will sign off, call prn.
"""),
]}

X02 = {"patient_id": "X02", "age": 71, "sex": "M", "notes": [
("2021-01-19", "Vascular Surgery Clinic New Consult", """
Vascular Surgery Clinic -- NEW
Referring: Dr Oyelaran (nephrology), "nonhealing L calf wound in HD pt, please eval for arterial insufficiency"

71yo man. ESRD, in-centre HD MWF through R IJ TDC while L arm fistula matures. DM2 on linagliptin, no insulin. AF -- warfarin, INR last wk 2.6. Ex-smoker, 40 pk-yr.
He tells me the sore on his L calf, back side, "started like a blood blister" the first week of January, going black within about ten days. Pain severe, worse at night, keeps him out of bed. No trauma he can recall. Denies claudication (doesnt walk far).
Exam: Ht 180, 88kg, BMI 27.2. L posterior mid-calf 4x3.5cm adherent black eschar ringed by retiform violaceous mottling, very tender, no drainage. R leg intact. Pulses: fem 2+/2+, pop palp bilat, DP/PT dopplerable biphasic on L.
ABI L 1.3 (noncompressible), TBI L 0.58.
Imp: painful necrotic ulcer L calf with adequate macrovascular perfusion, not a typical arterial ulcer. Concerned re calciphylaxis (HD + warfarin). 
Plan: derm referral for punch bx (they have a slot 1/26). Arterial duplex LLE. Hold off on any debridement for now.
"""),
("2021-02-02", "Telephone Encounter", """
Call from pt's wife Gloria (on DPOA list).
She says she forgot to tell us at the visit - he has been putting "that heating pad thing, the one you plug in" on his leg -- the left -- every night since Thanksgiving because of cramps after dialysis, "right on the back of the calf where it hurts, on high, he falls asleep with it". She wondered if it could have caused the sore.
Derm bx was done 1/26, results pending.
Per Dr Halvorsen advised: stop the heating pad completely, dont use it anywhere on the legs. Wife verbalized understanding. Routed to MD.
-- T. Quaranta RN
"""),
("2021-03-01", "Vascular Surgery Follow-up", """
F/U L calf wound
Derm path (1/26): medial calcification of small dermal/subq vessels, microthrombi, consistent w/ calciphylaxis.
Hx clarified by wife on the phone: nightly heating pad to the L posterior calf since Thanksgiving, so the lesion developed right under the pad -- likely koebnerized site.
Cardiology changed warfarin -> apixaban 2/10. STS 25g each HD run since 2/8.
Exam: eschar 3.6 x 3 cm, edges drier, less surrounding livedo. Pain 5/10 (was 9).
Duplex: no significant SFA/pop stenosis; tibials calcified but patent.
Plan: no revasc indicated. Continue local wound care (santyl not advised, keep eschar dry). RTC 6 wks. No heat pads, no heat lamps.
"""),
]}

X03 = {"patient_id": "X03", "age": 58, "sex": "F", "notes": [
("2023-04-11", "Vascular Clinic Venous Follow-up", """
VEIN CLINIC f/u -- CEAP C4a bilat, on compression

58F with chronic venous insufficiency, ESRD on nightly cycler PD (~3 yrs), no diabetes, not on anticoag.
She has worn the thigh-high 20-30 mmHg stockings we prescribed on both legs daily since last summer. Says the silicone grip band "bites in like an elastic" on the right upper thigh especially, leaves a red groove by evening.
New problem: since March she has a painful lacy purple patch on the inner upper R thigh that now has a black center. Thinks it "came up right along the line of the stocking top".
Exam: Wt 79 kg, BMI 30.0. R proximal medial thigh: 6 x 2.5 cm band-shaped violaceous plaque, 1cm necrotic center, lying precisely on the circumferential indentation from the stocking band. L thigh has the same groove but intact skin. Hemosiderin staining both gaiter areas, no open venous ulcer. Pulses palp.
A: painful necrotic plaque at chronic pressure line (PD) -- want calciphylaxis excluded; ddx pressure necrosis, vasculitis.
P: remove thigh-highs, switch to knee-length. Punch bx next wk w/ our NP. Email to PD nurse re labs.
"""),
("2023-04-18", "Procedure Note Punch Biopsy", """
PROCEDURE NOTE (vascular NP clinic)
Pre-dx: necrotic plaque R proximal medial thigh. 
Indication: ?calciphylaxis.
Timeout. Prepped w/ chlorhex. Lido 1% w/ epi 2 mL. Two 5-mm punch bx at the advancing purpuric border (superior edge, which is the old stocking-band ridge). Closed 4-0 prolene x1 each. Sent: H&E/VK + tissue culture.
Pt tolerated well. Instructed to keep dry 48h.
Note she is wearing knee-highs now, no band on thigh.
"""),
("2023-05-02", "Vascular Clinic Follow-up", """
Bx result: subcutaneous arteriolar calcification w/ thrombosis, septal panniculitis -> calciphylaxis confirmed. Cx no growth.
Discussed with her PD nephrologist, Dr Tamsin Ruel: switching calcium carbonate to sevelamer, thiosulfate in PD dialysate being arranged.
Exam: R medial thigh lesion unchanged 6 x 2.5, eschar dry. Biopsy sites clean.
Imp: calciphylaxis R thigh arising where her thigh-high compression band pressed chronically (onset March, band in use since summer 2022).
Plan: knee-high compression only, never above the knee. Wt 78.6 kg; BMI 30.0. RTC 1 month.
"""),
]}

X04 = {"patient_id": "X04", "age": 66, "sex": "M", "notes": [
("2023-05-02", "IR Procedure Note Diagnostic Angiogram", """
INTERVENTIONAL RADIOLOGY -- PROCEDURE NOTE
Procedure: LLE diagnostic arteriogram w/ runoff
Indication: L calf claudication 1 block, ABI L 0.62
Pt: 66M, ESRD (dialysis M-W-F thru L forearm loop graft), DM2 on insulin (lispro/degludec), HTN, CAD. Warfarin was for remote DVT, stopped in 2022. BMI 29.9 (overweight).
Anesthesia: moderate sedation (fentanyl 50 mcg, midazolam 1 mg), 1% lido local.
Access: R common femoral artery, US-guided micropuncture, retrograde, 5 Fr sheath. Image of patent CFA saved.
Findings: L SFA 80% mid-segment stenosis, pop patent, 2-vessel runoff (AT, peroneal).
Contrast: 38 mL Visipaque (HD tomorrow, coordinated).
Closure: 6 Fr Angio-Seal to R CFA, hemostasis achieved. 
Complications: none. Bedrest 2 h.
Plan: discuss at vasc conf; likely L SFA PTA.
"""),
("2023-08-14", "IR Procedure Note Angioplasty", """
IR PROCEDURE: L SFA angioplasty via contralateral approach
Access: R CFA again, retrograde, US-guided, micropuncture -> 6 Fr Balkin up-and-over sheath. Note old puncture scar palpable, accessed slightly cranial to it.
Heparin 4000 u IV intra-proc.
5 x 80 mm DCB to L mid-SFA, residual <20%. Brisk runoff.
Closure: Mynx 6 Fr R CFA, small ooze, held 10 min manual. Small superficial hematoma ~2 cm noted at end, soft.
EBL <20 mL. No complications. Discharge same day after 4 h.
"""),
("2023-09-12", "IR Clinic Post-procedure Wound Check", """
IR clinic -- groin check, 4 wk s/p L SFA PTA

Pt c/o R groin pain "like a burn, worse than the procedure ever was". States the skin over the puncture started going purple and hard about 2 weeks ago, then a black scab set up centrally. No fever, no drainage.
Exam: R groin at the access site: 3x2.5cm indurated dusky plaque w/ central 1 cm dry black eschar and netlike violaceous halo extending inferiorly. Exquisitely tender even brushing it. No pulsatile mass, no bruit. L groin nl.
Bedside US: no pseudoaneurysm, no AVF, no hematoma collection. CFA patent.
Imp: necrotic plaque at R CFA access site -- not typical for closure-device infection. Given ESRD/HD and poorly controlled phos, concern for calciphylaxis at a puncture site.
Plan: vasc surg + derm for biopsy. Cx of any drainage. Pain: tramadol renal dose.
"""),
("2023-09-26", "Vascular Surgery Consult", """
Vascular surgery consult
Reason: R groin necrotic wound at IR access site.
Incisional bx from margin performed 9/19 by derm: calcium deposits in small arterioles of subcutis, thrombosis, fat necrosis. Dx: calciphylaxis.
Review of prior imaging: R CFA was punctured for his angiogram on 5/2/2023 and again on 8/14/2023, both closures in the same area; wound sits over that track.
Exam: eschar 1.5 cm, halo 4 cm. Groin crease moist -> risk of maceration.
A/P: calciphylaxis R groin at repeated femoral access site. No surgical debridement now, dry dressing, zinc barrier to crease. Nephrology to start STS. Any future access: L CFA or radial/pedal, avoid R groin. Pt on insulin; endocrine aware. Weight stable, BMI 29.9.
"""),
]}

X05 = {"patient_id": "X05", "age": 73, "sex": "F", "notes": [
("2021-06-24", "Vascular Surgery Consult ED", """
ED consult - vasc surg
CC: "my knee wound wont heal and its getting black"

73yo F w/ ESRD, HD via R chest permcath (failed fistulas x2), mech mitral valve so lifelong warfarin (anticoag clinic targets INR 3.0, +/- half a point) -- nondiabetic. Lives w/ daughter.
She slipped off her w/c onto the driveway on Memorial Day, skinning her left knee ("scraped it raw on the concrete"). Daughter cleaned it and it was healing ok, then around mid June the scraped area turned deep purple, hard and then black, with spreading lacy purple marks. Pain out of proportion.
Exam: BMI 24.1 / L ant knee: 5x4cm dry black eschar over the old abrasion with surrounding retiform purpura extending to the tibial tubercle. No fluctuance, no crepitus. Knee ROM limited by pain only. R knee intact. DP palp bilat.
XR L knee: no fx, no gas.
INR 3.1.
A: necrotic wound at site of traumatic abrasion; with HD + warfarin calciphylaxis can't be excluded; other ddx warfarin necrosis, infected abrasion.
P: admit to medicine, vasc following. Bx. Hold on debridement.
"""),
("2021-07-01", "Bedside Procedure Note", """
Bedside proc: 4 mm punch biopsy x 2, L knee wound margin, vasc surg.
Timeout performed, consent from pt (daughter present). Lido 1%. Specimens from the superomedial and lateral edges of the knee eschar. Surgicel + pressure (INR 2.8), 1 suture each. Tolerated.
Path pending. Continue nonadherent dressing, elevate.
"""),
("2021-07-15", "Vascular Surgery Follow-up", """
VASC F/U
Path: von Kossa-positive calcification of subq small vessels + thrombi, consistent with calciphylaxis.
Recap of the timeline for the record: fall 5/31/21 w/ abrasion to the L knee; lesion arose within the healing abrasion in mid-June 2021.
Cardiology says mechanical valve -> warfarin must continue, cannot change to DOAC; renal adding STS 3x/wk.
Exam: eschar 4.5x4cm, dry, no cellulitis. 61kg, BMI 24.1.
Plan: no operative debridement while eschar is stable and dry. Wound clinic q2wk. Fall precautions at home, wheelchair seatbelt.
"""),
]}

X06 = {"patient_id": "X06", "age": 55, "sex": "F", "notes": [
("2024-05-20", "Vascular Surgery Consult", """
VASCULAR SURGERY -- OUTPT CONSULT
Ref by PCP for "arm ulcer, r/o arterial"

55F, ESRD, PD (CAPD qid), T2DM on insulin since Feb 2022 (glargine 40u qhs + sliding scale), morbid obesity, BMI 41.7.
Pt states: "I always do my night shot in the back of my arm, same spot, that's the one bit I can pinch up". About 6 wks ago a hard painful lump came up right there, turned purple, then black.
No fevers. No trauma otherwise. No warfarin.
Exam: posterior upper arm, mid third: 3.5x3cm firm violaceous plaque, centre 1.5cm black eschar and faint livedo at the periphery. Extremely tender. Radial/brachial pulses 2+. Forearm and hand nl.
A: exquisitely sore necrotic plaque sitting on her own insulin spot -- strongly suspect calciphylaxis.
P: punch bx. Rotate insulin to abdomen? -> no, PD cath there; will ask endo about other sites. PD RN re phos/PTH.
"""),
("2024-05-28", "IR Procedure Note PD Catheter", """
IR -- PD catheter manipulation (fluoro)
Indication: poor outflow x 5 d, catheter tip migrated to RUQ.
Proc: under fluoro, guidewire repositioning of existing PD catheter into pelvis. Good inflow/outflow with 1 L test. No new incision.
Incidental: dressing over known posterior arm lesion c/d/i; pt requested we not touch it.
Vitals stable. BMI 41.0.
Dispo: home, resume PD tonight.
"""),
("2024-06-11", "Vascular Clinic Follow-up", """
F/U arm lesion
Punch bx (5/21): calcified subq arterioles w/ thrombi, fat necrosis -> calciphylaxis.
Lesion lies exactly at her habitual insulin site on the back of the arm (shown to me with the pen).
Exam: eschar 1.6 cm, rim stable, pain 6/10.
Wt down a little, BMI 40.3, still morbidly obese.
Plan: endo switching to insulin pump? - discussed; for now inject abd wall away from PD exit? no, thighs. STS via PD team. Photos in media. RTC 4 wks.
"""),
]}

X07 = {"patient_id": "X07", "age": 69, "sex": "M", "notes": [
("2026-03-03", "Vascular Surgery Consult", """
Vasc Surg Consult (clinic, urgent slot)
69M, CKD4 (eGFR 19) -- no dialysis; DM2 on sitagliptin + diet; AF on warfarin for years; obesity, BMI 31.2.
HPI: Has R hip trochanteric bursitis; since January he has kept an ice bag against the outside of the right hip "pretty much every night, straight from the freezer, sometimes I fall asleep on it". On Feb 20 he noticed a purple blotch at that same spot -> very painful -> now crusted black.
Exam: R lat hip overlying the trochanter: 7x5cm retiform purpura, firm, 2x1.5cm necrotic center. L hip intact. Fem pulses 2+, no abdominal bruit.
ABI 1.05/1.10.
Imp: necrosis exactly where the cold was applied nightly. Ddx calciphylaxis (non-dialysis CKD4 + warfarin), frostbite/cold injury, warfarin skin necrosis.
Plan: stop ice. Incisional bx 3/10. Labs: Ca, Phos, PTH, protein C/S.
"""),
("2026-03-10", "Procedure Note Incisional Biopsy", """
PROCEDURE: incisional wedge biopsy, R lateral hip lesion
Surgeon: vasc surg. Local (lido 1% 8 mL). Elliptical 2.5 cm wedge across the edge of the necrotic plaque into subcutaneous fat. Closed 3-0 nylon. INR 2.4, hemostasis with cautery.
Specimen: H&E, von Kossa. Tolerated.
"""),
("2026-03-24", "Vascular Surgery Follow-up", """
F/u R hip
Pathology: calcific arteriolopathy of subcutaneous vessels with luminal thrombi; no vasculitis; no cold-injury pattern. Final dx: calciphylaxis (non-dialysis, CKD 4).
Ice pack use nightly on that exact spot since Jan 2026 preceded the lesion (first seen 2/20/2026).
Warfarin -> apixaban per cardiology. Nephro following.
Wound: 6.5 x 5, eschar stable. BMI 31.0.
Plan: neither ice nor heat on either hip; offload side-lying.
"""),
]}

PATIENTS = [X01, X02, X03, X04, X05, X06, X07]
